using System.ComponentModel;
using Halsoportal.Web.Features.Api;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>The licence a file is published under.</summary>
public sealed record LicenceDto(string Name, string Url);

/// <summary><c>kontaktpunkter.json</c>: every published contact point with its structured hours.</summary>
public sealed record ContactPointsFile(
    [property: Description("När filen skapades / when the file was generated")] DateTimeOffset GeneratedAt,
    LicenceDto Licence,
    int Count,
    IReadOnlyList<ContactPointDto> ContactPoints);

/// <summary><c>dialogresultat.json</c>: the published results of every dialog, suppressed as on the site.</summary>
public sealed record DialogResultsFile(
    DateTimeOffset GeneratedAt,
    LicenceDto Licence,
    IReadOnlyList<DialogResultsEntry> Dialogs);

/// <summary>One dialog with its results, and the same results broken down by each published background question.</summary>
public sealed record DialogResultsEntry(DialogDto Dialog, DialogResultsDto Results, IReadOnlyList<DialogResultsDto> Breakdowns);
