using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YoungPersonStatusHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "YoungPersonStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HasEhcp = table.Column<bool>(type: "INTEGER", nullable: true),
                    HadEhcpBefore = table.Column<bool>(type: "INTEGER", nullable: true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousSchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YoungPersonStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YoungPersonStatusChanges_Schools_PreviousSchoolId",
                        column: x => x.PreviousSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YoungPersonStatusChanges_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YoungPersonStatusChanges_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_YoungPersonStatusChanges_PreviousSchoolId",
                table: "YoungPersonStatusChanges",
                column: "PreviousSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_YoungPersonStatusChanges_SchoolId",
                table: "YoungPersonStatusChanges",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_YoungPersonStatusChanges_YoungPersonId_EffectiveFrom",
                table: "YoungPersonStatusChanges",
                columns: new[] { "YoungPersonId", "EffectiveFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "YoungPersonStatusChanges");
        }
    }
}
