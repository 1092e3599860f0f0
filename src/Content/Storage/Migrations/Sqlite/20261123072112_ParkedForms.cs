using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Halsoportal.Content.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParkedForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParkedForms",
                columns: table => new
                {
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkedForms", x => x.KeyHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParkedForms_CreatedAt",
                table: "ParkedForms",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParkedForms");
        }
    }
}
