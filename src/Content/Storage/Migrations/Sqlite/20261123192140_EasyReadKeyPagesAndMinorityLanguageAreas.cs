using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Halsoportal.Content.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EasyReadKeyPagesAndMinorityLanguageAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MinorityLanguageAreas",
                table: "Kommuner",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SamiLanguages",
                table: "Kommuner",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "KeyPages",
                columns: table => new
                {
                    KommunCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyPages", x => new { x.KommunCode, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_KeyPages_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KeyPages_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyPages_ArticleId",
                table: "KeyPages",
                column: "ArticleId");

            // The checked memberships (MinorityLanguages.KnownMemberships) for databases whose kommuner exist
            // already; a new database gets them when the kommuner are seeded. Finska | samiska = 5, sydsamiska = 2.
            migrationBuilder.Sql("UPDATE Kommuner SET MinorityLanguageAreas = 5, SamiLanguages = 2 WHERE Code IN ('2281', '2284');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeyPages");

            migrationBuilder.DropColumn(
                name: "MinorityLanguageAreas",
                table: "Kommuner");

            migrationBuilder.DropColumn(
                name: "SamiLanguages",
                table: "Kommuner");
        }
    }
}
