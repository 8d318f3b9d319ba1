using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendCareers.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YoungPersonErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "YoungPeople",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ErasedAtUtc",
                table: "YoungPeople");
        }
    }
}
