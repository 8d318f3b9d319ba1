using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvidenceTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceTallies",
                columns: table => new
                {
                    YoungPersonId = table.Column<int>(type: "integer", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    Benchmark5 = table.Column<int>(type: "integer", nullable: false),
                    Workplaces = table.Column<int>(type: "integer", nullable: false),
                    WorkplacesBefore16 = table.Column<int>(type: "integer", nullable: false),
                    WorkplacesBefore18 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceTallies", x => new { x.YoungPersonId, x.AcademicYear });
                    table.ForeignKey(
                        name: "FK_EvidenceTallies_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceTallies");
        }
    }
}
