using System.Globalization;

namespace Halsoportal.Web.Features.PageCache;

/// <summary>
/// Which state of this node's search index cached result pages belong to. A result page is cached
/// under the generation that was current when its request began, and the generation moves on once
/// the index's searchers show a change. A search that read the index just before a change, and is
/// stored just after the change's eviction, is stored under a key no later request asks for, so it
/// cannot hide the change until the minute turns.
/// </summary>
internal sealed class SearchPagesGeneration
{
    private long _value;

    /// <summary>The current generation, as a cache key value.</summary>
    public string Current => Interlocked.Read(ref _value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Called after the index's searchers show a change, before its result pages are evicted.</summary>
    public void Advance() => Interlocked.Increment(ref _value);
}
