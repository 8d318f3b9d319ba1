using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmployerAnswersEncounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmployerAnsweredByUserId",
                table: "Encounters",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmployerCannotReason",
                table: "Encounters",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmployerConfirmedAtUtc",
                table: "Encounters",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmployerAnsweredByUserId",
                table: "Encounters");

            migrationBuilder.DropColumn(
                name: "EmployerCannotReason",
                table: "Encounters");

            migrationBuilder.DropColumn(
                name: "EmployerConfirmedAtUtc",
                table: "Encounters");
        }
    }
}
