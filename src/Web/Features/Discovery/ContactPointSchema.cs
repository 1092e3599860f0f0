using System.Text.Json.Nodes;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Web.Features.ContactPoints;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>A contact point's page: a WebPage whose <c>mainEntity</c> is the place itself (<see cref="ContactPointJsonLd"/>).</summary>
public sealed record ContactPointSchema(ContactPointView Point, DateOnly Today, int DeviationDays) : PageSchema
{
    public override JsonObject Build(SchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = SchemaOrg.Page("WebPage", context);
        page["about"] = SchemaOrg.Kommun(Point.Kommun);
        page["mainEntity"] = ContactPointJsonLd.Build(Point, context.Url, Today, DeviationDays);
        return page;
    }
}
