using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HubSetupSchoolsAndSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CareersLeaderEmail",
                table: "Schools",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CareersLeaderName",
                table: "Schools",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAtUtc",
                table: "Schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ukprn",
                table: "Schools",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Urn",
                table: "Schools",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Schools",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "BriefingDaysBefore",
                table: "Hubs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChaserDaysAfterDebrief",
                table: "Hubs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Hubs",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DebriefHoursAfterEnd",
                table: "Hubs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RetentionYearsAfterTrackingEnds",
                table: "Hubs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SettingsSavedAtUtc",
                table: "Hubs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Hubs",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CareersLeaderEmail",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "CareersLeaderName",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "ClosedAtUtc",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Ukprn",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Urn",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "BriefingDaysBefore",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "ChaserDaysAfterDebrief",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "DebriefHoursAfterEnd",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "RetentionYearsAfterTrackingEnds",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "SettingsSavedAtUtc",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Hubs");
        }
    }
}
