using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Halsoportal.Dialog.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Surveys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Surveys");
        }
    }
}
