using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailySummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DigestId",
                table: "ScheduledMessages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DailySummaryHour",
                table: "Hubs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WantsDailySummary",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMessages_DigestId",
                table: "ScheduledMessages",
                column: "DigestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ScheduledMessages_DigestId",
                table: "ScheduledMessages");

            migrationBuilder.DropColumn(
                name: "DigestId",
                table: "ScheduledMessages");

            migrationBuilder.DropColumn(
                name: "DailySummaryHour",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "WantsDailySummary",
                table: "AspNetUsers");
        }
    }
}
