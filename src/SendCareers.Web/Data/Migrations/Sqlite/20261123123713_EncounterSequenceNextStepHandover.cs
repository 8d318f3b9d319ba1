using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncounterSequenceNextStepHandover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "HandedOverOn",
                table: "Placements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandoverNotes",
                table: "Placements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LineManagerName",
                table: "Placements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextStep",
                table: "Placements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Encounters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NextStep",
                table: "Debriefs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RotationNumber",
                table: "Debriefs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "YoungPersonId",
                table: "Debriefs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Debriefs_YoungPersonId",
                table: "Debriefs",
                column: "YoungPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Debriefs_YoungPeople_YoungPersonId",
                table: "Debriefs",
                column: "YoungPersonId",
                principalTable: "YoungPeople",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Debriefs_YoungPeople_YoungPersonId",
                table: "Debriefs");

            migrationBuilder.DropIndex(
                name: "IX_Debriefs_YoungPersonId",
                table: "Debriefs");

            migrationBuilder.DropColumn(
                name: "HandedOverOn",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "HandoverNotes",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "LineManagerName",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "NextStep",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Encounters");

            migrationBuilder.DropColumn(
                name: "NextStep",
                table: "Debriefs");

            migrationBuilder.DropColumn(
                name: "RotationNumber",
                table: "Debriefs");

            migrationBuilder.DropColumn(
                name: "YoungPersonId",
                table: "Debriefs");
        }
    }
}
