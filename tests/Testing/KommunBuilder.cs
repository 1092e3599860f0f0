using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Slugs;

namespace Halsoportal.Testing;

/// <summary>Builds kommuner for tests: defaults make Sundsvall in Västernorrland.</summary>
public sealed class KommunBuilder
{
    private string _code = "2281";
    private string _name = "Sundsvall";
    private string _regionCode = "22";

    public KommunBuilder WithCode(string code)
    {
        _code = code;
        return this;
    }

    public KommunBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public KommunBuilder InRegion(string regionCode)
    {
        _regionCode = regionCode;
        return this;
    }

    public Kommun Build() => new() { Code = _code, Name = _name, Slug = Slug.From(_name), RegionCode = _regionCode };
}
