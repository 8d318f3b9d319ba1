using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncounterRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EncounterRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupTravelMiles = table.Column<int>(type: "INTEGER", nullable: true),
                    YoungPersonIds = table.Column<string>(type: "TEXT", nullable: false),
                    AccessNeeded = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WaveSize = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Wave = table.Column<int>(type: "INTEGER", nullable: false),
                    NextWaveAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedEmployerId = table.Column<int>(type: "INTEGER", nullable: true),
                    SettledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncounterRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncounterRequests_Employers_AcceptedEmployerId",
                        column: x => x.AcceptedEmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EncounterRequests_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Wave = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclineNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestInvitations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestInvitations_EncounterRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "EncounterRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EncounterRequests_AcceptedEmployerId",
                table: "EncounterRequests",
                column: "AcceptedEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EncounterRequests_SchoolId",
                table: "EncounterRequests",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_EncounterRequests_State_NextWaveAtUtc",
                table: "EncounterRequests",
                columns: new[] { "State", "NextWaveAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestInvitations_EmployerId_InvitedAtUtc",
                table: "RequestInvitations",
                columns: new[] { "EmployerId", "InvitedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestInvitations_RequestId_EmployerId",
                table: "RequestInvitations",
                columns: new[] { "RequestId", "EmployerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestInvitations");

            migrationBuilder.DropTable(
                name: "EncounterRequests");
        }
    }
}
