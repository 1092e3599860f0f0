using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Halsoportal.Content.Storage;
using Halsoportal.Dialog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.PageCache;

/// <summary>
/// No N+1 queries (issue 9): each template asks both databases the same number of questions
/// whether it lists a few items or many. Each pair below is one template over two kommuner (or
/// queries) whose pages list different numbers of items; a query per listed item would make their
/// counts differ. Rendered with the page cache off, so every request reaches the database.
/// </summary>
public sealed class QueryCountTests(QueryCountTests.CountingSite fx, ITestOutputHelper output) : IClassFixture<QueryCountTests.CountingSite>
{
    public static TheoryData<string, string, string> Pairs => new()
    {
        { "kommun start page", "/sundsvall", "/ange" },
        { "contact-point finder", "/sundsvall/kontakt", "/ange/kontakt" },
        { "lättläst", "/sundsvall/lattlast", "/ange/lattlast" },
        { "search", "/sok?q=h%C3%A4lsa", "/sok?q=tandborste" },
        { "search in a kommun", "/sok?q=barn&kommun=jonkoping", "/sok?q=s%C3%B6mn&kommun=ange" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Template_AsksTheSameNumberOfQueries_ForFewOrManyItems(string template, string many, string few)
    {
        var (manyQueries, manyItems) = await MeasureAsync(many);
        var (fewQueries, fewItems) = await MeasureAsync(few);
        output.WriteLine($"{template}: {many} {manyItems} items, {manyQueries} queries; {few} {fewItems} items, {fewQueries} queries");

        // The pair must really differ in size, and the counter must see the page's queries, or the comparison proves nothing.
        Assert.NotEqual(manyItems, fewItems);
        Assert.True(fewQueries > 0, $"{template}: no query counted for {few}");
        Assert.True(manyQueries == fewQueries, $"{template}: {manyQueries} queries for {manyItems} items ({many}), {fewQueries} for {fewItems} ({few})");
    }

    /// <summary>Queries run for one request to <paramref name="url"/>, and the number of list items on the page.</summary>
    private async Task<(int Queries, int Items)> MeasureAsync(string url)
    {
        using var client = fx.Site.CreateSiteClient();
        await client.GetAsync(new Uri(url, UriKind.Relative)); // Warm: compiled queries, caches of the first request.
        fx.Counter.Start(new Uri(url, UriKind.Relative).OriginalString.Split('?')[0]);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var queries = fx.Counter.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        return (queries, Regex.Count(main, "<li[ >]"));
    }

    /// <summary>The demo site with the page cache off and every database command counted per request path.</summary>
    public sealed class CountingSite : IDisposable
    {
        public CountingSite()
        {
            Site = new SiteFactory
            {
                ExtraServices = services =>
                {
                    services.AddHttpContextAccessor();
                    services.AddSingleton(Counter);
                    services.ConfigureDbContext<SqliteContentDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp)));
                    services.ConfigureDbContext<PostgresContentDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp)));
                    services.ConfigureDbContext<SqliteDialogDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp)));
                    services.ConfigureDbContext<PostgresDialogDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp)));
                },
            }.WithSetting("Halsoportal:PageCache:Enabled", "false");
        }

        public SiteFactory Site { get; }

        public QueryCounter Counter { get; } = new();

        public void Dispose() => Site.Dispose();
    }

    /// <summary>Counts commands run while serving one path (the background feed followers run outside any request).</summary>
    public sealed class QueryCounter : DbCommandInterceptor
    {
        private IHttpContextAccessor? _http;
        private volatile string? _path;
        private int _count;

        public QueryCounter With(IServiceProvider services)
        {
            _http ??= services.GetRequiredService<IHttpContextAccessor>();
            return this;
        }

        public void Start(string path)
        {
            Interlocked.Exchange(ref _count, 0);
            _path = path;
        }

        public int Stop()
        {
            _path = null;
            return Volatile.Read(ref _count);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }

        private void Count()
        {
            if (_path is { } path && _http?.HttpContext?.Request.Path.Value == path)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
