using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YoungPersonId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    HasEhcp = table.Column<bool>(type: "boolean", nullable: true),
                    HadEhcpBefore = table.Column<bool>(type: "boolean", nullable: true),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    PreviousSchoolId = table.Column<int>(type: "integer", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
