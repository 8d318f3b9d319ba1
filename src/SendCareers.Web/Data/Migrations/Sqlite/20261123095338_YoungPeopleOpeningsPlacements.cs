using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YoungPeopleOpeningsPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Debriefs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: true),
                    Respondent = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    WentWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CouldBeBetter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WouldHostAgain = table.Column<bool>(type: "INTEGER", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Debriefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Encounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpeningId = table.Column<int>(type: "INTEGER", nullable: true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HostName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HostEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Encounters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Encounters_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Encounters_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Openings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SkillsWanted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OutwardCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    LocationKnown = table.Column<bool>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportOffered = table.Column<int>(type: "INTEGER", nullable: false),
                    EnvironmentPresent = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunicationSupported = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    EhcpRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasContract = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Openings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Openings_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YoungPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HasEhcp = table.Column<bool>(type: "INTEGER", nullable: false),
                    SendGroup = table.Column<int>(type: "INTEGER", nullable: true),
                    HomePostcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    HomeOutwardCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    HomeLocationKnown = table.Column<bool>(type: "INTEGER", nullable: false),
                    Interests = table.Column<string>(type: "TEXT", nullable: false),
                    TaskInterests = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WantsToTry = table.Column<string>(type: "TEXT", nullable: false),
                    AvoidSectors = table.Column<string>(type: "TEXT", nullable: false),
                    SupportNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjustmentsThatWork = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EnvironmentToAvoid = table.Column<int>(type: "INTEGER", nullable: false),
                    Communication = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunicationNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Travel = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxTravelKm = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTravelMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    AvailableDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxHoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    Aspirations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EhcpEmploymentOutcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConsentToShareSummary = table.Column<bool>(type: "INTEGER", nullable: false),
                    FamilyContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FamilyContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YoungPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YoungPeople_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EncounterAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: false),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncounterAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncounterAttendees_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EncounterAttendees_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpeningId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchScore = table.Column<int>(type: "INTEGER", nullable: true),
                    MatchReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupervisorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupervisorEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    SupervisorPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    JobCoachUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TravelPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomePaidJobOffered = table.Column<bool>(type: "INTEGER", nullable: true),
                    OutcomeHoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    OutcomeAccessToWork = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Openings_OpeningId",
                        column: x => x.OpeningId,
                        principalTable: "Openings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YoungPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfileChanges_YoungPeople_YoungPersonId",
                        column: x => x.YoungPersonId,
                        principalTable: "YoungPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByRole = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementTransitions_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rotations_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekStarting = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DirectSupportHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    NaturalSupports = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportLog_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_SubjectType_SubjectId_AtUtc",
                table: "AuditEvents",
                columns: new[] { "SubjectType", "SubjectId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Debriefs_EncounterId",
                table: "Debriefs",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_Debriefs_PlacementId",
                table: "Debriefs",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_EncounterAttendees_EncounterId_YoungPersonId",
                table: "EncounterAttendees",
                columns: new[] { "EncounterId", "YoungPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EncounterAttendees_YoungPersonId",
                table: "EncounterAttendees",
                column: "YoungPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_EmployerId",
                table: "Encounters",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_SchoolId",
                table: "Encounters",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_StartsAtUtc",
                table: "Encounters",
                column: "StartsAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Openings_EmployerId",
                table: "Openings",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Openings_Status_EmployerId",
                table: "Openings",
                columns: new[] { "Status", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OpeningId_State",
                table: "Placements",
                columns: new[] { "OpeningId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_YoungPersonId_State",
                table: "Placements",
                columns: new[] { "YoungPersonId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementTransitions_PlacementId_AtUtc",
                table: "PlacementTransitions",
                columns: new[] { "PlacementId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProfileChanges_YoungPersonId_AtUtc",
                table: "ProfileChanges",
                columns: new[] { "YoungPersonId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Rotations_PlacementId",
                table: "Rotations",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportLog_PlacementId_WeekStarting",
                table: "SupportLog",
                columns: new[] { "PlacementId", "WeekStarting" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YoungPeople_SchoolId",
                table: "YoungPeople",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "Debriefs");

            migrationBuilder.DropTable(
                name: "EncounterAttendees");

            migrationBuilder.DropTable(
                name: "PlacementTransitions");

            migrationBuilder.DropTable(
                name: "ProfileChanges");

            migrationBuilder.DropTable(
                name: "Rotations");

            migrationBuilder.DropTable(
                name: "SupportLog");

            migrationBuilder.DropTable(
                name: "Encounters");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "Openings");

            migrationBuilder.DropTable(
                name: "YoungPeople");
        }
    }
}
