using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Halsoportal.Dialog.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyTranslationTexts",
                columns: table => new
                {
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTranslationTexts", x => new { x.SurveyId, x.Language, x.Key });
                    table.ForeignKey(
                        name: "FK_SurveyTranslationTexts_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyTranslationTexts");
        }
    }
}
