using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Debriefs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: true),
                    EncounterId = table.Column<int>(type: "integer", nullable: true),
                    Respondent = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    WentWell = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CouldBeBetter = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WouldHostAgain = table.Column<bool>(type: "boolean", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Debriefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Encounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployerId = table.Column<int>(type: "integer", nullable: false),
                    OpeningId = table.Column<int>(type: "integer", nullable: true),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    HostName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HostEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "integer", nullable: false),
                    Tasks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SkillsWanted = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OutwardCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    LocationKnown = table.Column<bool>(type: "boolean", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    SupportOffered = table.Column<int>(type: "integer", nullable: false),
                    EnvironmentPresent = table.Column<int>(type: "integer", nullable: false),
                    CommunicationSupported = table.Column<int>(type: "integer", nullable: false),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    MaximumAge = table.Column<int>(type: "integer", nullable: true),
                    EhcpRequired = table.Column<bool>(type: "boolean", nullable: false),
                    HasContract = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PreferredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    HasEhcp = table.Column<bool>(type: "boolean", nullable: false),
                    SendGroup = table.Column<int>(type: "integer", nullable: true),
                    HomePostcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    HomeOutwardCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    HomeLocationKnown = table.Column<bool>(type: "boolean", nullable: false),
                    Interests = table.Column<int[]>(type: "integer[]", nullable: false),
                    TaskInterests = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Strengths = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WantsToTry = table.Column<int[]>(type: "integer[]", nullable: false),
                    AvoidSectors = table.Column<int[]>(type: "integer[]", nullable: false),
                    SupportNeeds = table.Column<int>(type: "integer", nullable: false),
                    AdjustmentsThatWork = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EnvironmentToAvoid = table.Column<int>(type: "integer", nullable: false),
                    Communication = table.Column<int>(type: "integer", nullable: false),
                    CommunicationNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Travel = table.Column<int>(type: "integer", nullable: false),
                    MaxTravelKm = table.Column<int>(type: "integer", nullable: true),
                    MaxTravelMinutes = table.Column<int>(type: "integer", nullable: true),
                    AvailableDays = table.Column<int>(type: "integer", nullable: false),
                    MaxHoursPerWeek = table.Column<int>(type: "integer", nullable: true),
                    Aspirations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EhcpEmploymentOutcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConsentToShareSummary = table.Column<bool>(type: "boolean", nullable: false),
                    FamilyContactName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FamilyContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EncounterId = table.Column<int>(type: "integer", nullable: false),
                    YoungPersonId = table.Column<int>(type: "integer", nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YoungPersonId = table.Column<int>(type: "integer", nullable: false),
                    OpeningId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    MatchScore = table.Column<int>(type: "integer", nullable: true),
                    MatchReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProposedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupervisorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupervisorEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    SupervisorPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    JobCoachUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TravelPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OutcomePaidJobOffered = table.Column<bool>(type: "boolean", nullable: true),
                    OutcomeHoursPerWeek = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    OutcomeAccessToWork = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YoungPersonId = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Before = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ByRole = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    WeekStarting = table.Column<DateOnly>(type: "date", nullable: false),
                    DirectSupportHours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    NaturalSupports = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
