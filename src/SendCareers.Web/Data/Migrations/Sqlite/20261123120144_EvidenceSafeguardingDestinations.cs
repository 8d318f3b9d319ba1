using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvidenceSafeguardingDestinations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Destinations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckpointOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidHoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FamilyFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Destinations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Destinations_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Check = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerChecks_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreparingForAdulthoodReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmploymentFocused = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreparingForAdulthoodReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreparingForAdulthoodReviews_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafeguardingRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Activity = table.Column<int>(type: "INTEGER", nullable: false),
                    Checks = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingRequirements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Destinations_YoungPersonId_CheckpointOn",
                table: "Destinations",
                columns: new[] { "YoungPersonId", "CheckpointOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerChecks_EmployerId_Check",
                table: "EmployerChecks",
                columns: new[] { "EmployerId", "Check" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmployerChecks_ExpiresOn",
                table: "EmployerChecks",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_PreparingForAdulthoodReviews_YoungPersonId_HeldOn",
                table: "PreparingForAdulthoodReviews",
                columns: new[] { "YoungPersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingRequirements_Activity",
                table: "SafeguardingRequirements",
                column: "Activity",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Destinations");

            migrationBuilder.DropTable(
                name: "EmployerChecks");

            migrationBuilder.DropTable(
                name: "PreparingForAdulthoodReviews");

            migrationBuilder.DropTable(
                name: "SafeguardingRequirements");
        }
    }
}
