using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Halsoportal.Content.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Related",
                table: "TaxonomyTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Installs made before this migration get the default links from topics to contact-point types and services.
            foreach (var topic in Halsoportal.Content.Taxonomy.DefaultTaxonomy.Terms.Where(t => t.Kind == Halsoportal.Content.Taxonomy.TaxonomyKind.Topic && t.Related.Count > 0))
            {
                var json = System.Text.Json.JsonSerializer.Serialize(topic.Related).Replace("'", "''", StringComparison.Ordinal);
                migrationBuilder.Sql($"UPDATE \"TaxonomyTerms\" SET \"Related\" = '{json}' WHERE \"Kind\" = 1 AND \"Slug\" = '{topic.Slug}' AND \"Related\" = '[]';");
            }

            migrationBuilder.CreateTable(
                name: "ContactPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommunCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedData = table.Column<string>(type: "TEXT", nullable: true),
                    HoursConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewState = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPoints_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactPoints_HoursConfirmedOn",
                table: "ContactPoints",
                column: "HoursConfirmedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPoints_KommunCode_Slug",
                table: "ContactPoints",
                columns: new[] { "KommunCode", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "Related",
                table: "TaxonomyTerms");
        }
    }
}
