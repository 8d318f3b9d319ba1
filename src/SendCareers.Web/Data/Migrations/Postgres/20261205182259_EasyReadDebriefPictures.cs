using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EasyReadDebriefPictures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FoundHard",
                table: "Debriefs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Liked",
                table: "Debriefs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WouldGoAgain",
                table: "Debriefs",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FoundHard",
                table: "Debriefs");

            migrationBuilder.DropColumn(
                name: "Liked",
                table: "Debriefs");

            migrationBuilder.DropColumn(
                name: "WouldGoAgain",
                table: "Debriefs");
        }
    }
}
