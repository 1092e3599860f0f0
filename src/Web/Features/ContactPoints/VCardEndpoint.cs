using System.Text;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Web.Features.ContactPoints;

/// <summary>
/// <c>GET /{kommun}/kontakt/{slug}/kontaktkort.vcf</c>: the contact point as a vCard 3.0 (RFC 2426), which
/// phones import into their contacts: name, organisation, address, phone, e-mail, web and position.
/// </summary>
internal static class VCardEndpoint
{
    public static IEndpointRouteBuilder MapContactPointVCard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{kommun}/kontakt/{slug}/kontaktkort.vcf", ServeAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(string kommun, string slug, KommunService kommuner, ContactPointFinder finder, CancellationToken cancellationToken)
    {
        var place = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var hit = place is null ? null : await finder.GetAsync(place, slug, cancellationToken);
        if (hit is null)
        {
            return Results.NotFound();
        }

        return Results.File(Encoding.UTF8.GetBytes(Write(hit.Point)), "text/vcard; charset=utf-8", $"{slug}.vcf");
    }

    /// <summary>The vCard text, CRLF line ends, long lines folded at 75 octets.</summary>
    public static string Write(ContactPointView point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var data = point.Data;
        var lines = new List<string>
        {
            "BEGIN:VCARD",
            "VERSION:3.0",
            $"FN:{Escape(data.Name)}",
            $"N:{Escape(data.Name)};;;;",
            $"ORG:{Escape(data.OrganiserName)}",
            $"ADR;TYPE=WORK:;;{Escape(data.StreetAddress)};{Escape(data.PostalTown)};;{Escape(data.PostalCode)};Sverige",
        };
        if (!string.IsNullOrWhiteSpace(data.Phone))
        {
            lines.Add($"TEL;TYPE=WORK,VOICE:{Escape(data.Phone)}");
        }

        if (!string.IsNullOrWhiteSpace(data.Email))
        {
            lines.Add($"EMAIL;TYPE=INTERNET:{Escape(data.Email)}");
        }

        lines.Add($"URL:{Escape(data.Website ?? point.Path)}");
        lines.Add(FormattableString.Invariant($"GEO:{data.Latitude:0.#####};{data.Longitude:0.#####}"));
        lines.Add($"NOTE:{Escape(data.Summary)}");
        lines.Add("END:VCARD");
        return string.Concat(lines.Select(Fold));
    }

    // RFC 2426: backslash, comma, semicolon and newlines are escaped in text values.
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.
    private static string Fold(string line)
    {
        var builder = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        return builder.Append("\r\n").ToString();
    }
}
