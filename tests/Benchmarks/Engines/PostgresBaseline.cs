using System.Diagnostics;
using Halsoportal.Benchmarks.Corpus;
using Halsoportal.Benchmarks.Measuring;
using Halsoportal.Benchmarks.Queries;
using Halsoportal.Search.Documents;
using Npgsql;
using NpgsqlTypes;

namespace Halsoportal.Benchmarks.Engines;

/// <summary>What the PostgreSQL run measured.</summary>
internal sealed record PostgresResults(
    string Version,
    string Settings,
    int Documents,
    TimeSpan CopyTime,
    TimeSpan IndexTime,
    TimeSpan AnalyzeTime,
    long TableBytes,
    long GinBytes,
    IReadOnlyDictionary<string, LatencyStats> Full)
{
    /// <summary>COPY (with the generated tsvector column) plus building the GIN index.</summary>
    public TimeSpan LoadTime => CopyTime + IndexTime;
}

/// <summary>
/// The baseline: PostgreSQL full-text search as it is usually done. A <c>tsvector</c> column of
/// title (A), ingress (B) and body (C) in the <c>swedish</c> configuration, a GIN index,
/// <c>websearch_to_tsquery</c>, <c>ts_rank</c> for the order (times the same kommun/region factor
/// ours uses) and <c>ts_headline</c> for the 10 hits shown, restricted to the resident's kommun,
/// region and national items. No facets: they would only add to PostgreSQL's time.
/// </summary>
internal sealed class PostgresBaseline(string connectionString, CorpusGenerator generator, int documents, int runs, TextWriter output)
{
    private const string Table = "bench_documents";

    private const string SearchSql = $"""
        WITH top AS (
            SELECT id,
                   ts_rank(tsv, websearch_to_tsquery('swedish', @q))
                     * CASE WHEN @k = ANY (kommun_codes) THEN 2.5 WHEN scope = 'r' THEN 1.4 ELSE 1 END AS rank,
                   count(*) OVER () AS total
            FROM {Table}
            WHERE tsv @@ websearch_to_tsquery('swedish', @q)
              AND lang = 'sv'
              AND (@k = ANY (kommun_codes) OR (scope = 'r' AND region = @r) OR scope = 'n')
            ORDER BY rank DESC
            LIMIT 10)
        SELECT d.id, d.title, d.url, top.rank, top.total,
               ts_headline('swedish', d.body, websearch_to_tsquery('swedish', @q),
                           'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2') AS snippet
        FROM top JOIN {Table} d ON d.id = top.id
        ORDER BY top.rank DESC
        """;

    public PostgresResults Run()
    {
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        var version = Scalar<string>(connection, "SHOW server_version");
        var settings = Scalar<string>(connection,
            "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings " +
            "WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'jit', 'max_parallel_workers_per_gather', 'effective_cache_size')");
        output.WriteLine($"[postgres] PostgreSQL {version} ({settings}); loading {Units.Count(documents)} documents with binary COPY");

        Execute(connection, $"DROP TABLE IF EXISTS {Table}");
        Execute(connection, $"""
            CREATE TABLE {Table} (
                id integer PRIMARY KEY,
                document_id text NOT NULL,
                type text NOT NULL,
                lang text NOT NULL,
                title text NOT NULL,
                ingress text NOT NULL,
                body text NOT NULL,
                url text NOT NULL,
                kommun_codes text[] NOT NULL,
                region text,
                scope char(1) NOT NULL,
                topics text[] NOT NULL,
                life_situations text[] NOT NULL,
                updated timestamptz NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('swedish', title), 'A')
                    || setweight(to_tsvector('swedish', ingress), 'B')
                    || setweight(to_tsvector('swedish', body), 'C')) STORED)
            """);

        var copyTime = Copy(connection);
        output.WriteLine($"[postgres] COPY done in {copyTime.TotalSeconds:0.0} s ({documents / copyTime.TotalSeconds:0} docs/s, tsvector computed on the way in); building the GIN index");
        var indexTime = Time(() => Execute(connection, $"CREATE INDEX {Table}_tsv ON {Table} USING GIN (tsv)"));
        var analyzeTime = Time(() => Execute(connection, $"VACUUM ANALYZE {Table}"));
        var tableBytes = Scalar<long>(connection, $"SELECT pg_total_relation_size('{Table}')");
        var ginBytes = Scalar<long>(connection, $"SELECT pg_relation_size('{Table}_tsv')");
        output.WriteLine($"[postgres] GIN index in {indexTime.TotalSeconds:0.0} s, VACUUM ANALYZE {analyzeTime.TotalSeconds:0.0} s; table with indexes {Units.Megabytes(tableBytes)} (GIN {Units.Megabytes(ginBytes)})");

        using var command = new NpgsqlCommand(SearchSql, connection);
        var q = command.Parameters.Add("q", NpgsqlDbType.Text);
        var k = command.Parameters.Add("k", NpgsqlDbType.Text);
        var r = command.Parameters.Add("r", NpgsqlDbType.Text);
        command.CommandTimeout = 0;
        int Search(QueryRun run)
        {
            q.Value = run.Query;
            k.Value = run.Resident.Code;
            r.Value = run.Resident.RegionCode;
            using var reader = command.ExecuteReader();
            var total = 0;
            while (reader.Read())
            {
                total = (int)reader.GetInt64(4);
                // Read what a results page shows, as the site would.
                _ = reader.GetString(1);
                _ = reader.GetString(5);
            }

            return total;
        }

        var warmUp = Stopwatch.StartNew();
        // Once through every query for a few residents: plans, catalog and buffer caches settle.
        foreach (var queryClass in BenchmarkQueries.All)
        {
            foreach (var run in LatencyRunner.Schedule(queryClass, queryClass.Queries.Length * 2))
            {
                Search(run);
            }
        }

        output.WriteLine($"[postgres] warmed up in {warmUp.Elapsed.TotalSeconds:0.0} s");
        var full = new Dictionary<string, LatencyStats>();
        foreach (var queryClass in BenchmarkQueries.All)
        {
            var stats = LatencyRunner.Measure(queryClass, runs, Search);
            full[queryClass.Name] = stats;
            output.WriteLine($"[postgres] {queryClass.Name,-22} p50 {Units.Ms(stats.P50Ms),6} ms  p95 {Units.Ms(stats.P95Ms),6} ms  ({runs} runs, median {Units.Count(stats.MedianHits)} hits)");
        }

        return new PostgresResults(version, settings, documents, copyTime, indexTime, analyzeTime, tableBytes, ginBytes, full);
    }

    private TimeSpan Copy(NpgsqlConnection connection)
    {
        var start = Stopwatch.GetTimestamp();
        var progressStep = Math.Max(1, documents / 10);
        using (var writer = connection.BeginBinaryImport(
            $"COPY {Table} (id, document_id, type, lang, title, ingress, body, url, kommun_codes, region, scope, topics, life_situations, updated) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.Zero;
            for (var i = 0; i < documents; i++)
            {
                var document = generator.Create(i);
                writer.StartRow();
                writer.Write(i, NpgsqlDbType.Integer);
                writer.Write(document.Id, NpgsqlDbType.Text);
                writer.Write(document.Type.ToValue(), NpgsqlDbType.Text);
                writer.Write(document.Language, NpgsqlDbType.Text);
                writer.Write(document.Title, NpgsqlDbType.Text);
                writer.Write(document.Ingress, NpgsqlDbType.Text);
                writer.Write(document.Body, NpgsqlDbType.Text);
                writer.Write(document.Url, NpgsqlDbType.Text);
                writer.Write(document.KommunCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                if (document.RegionCode is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(document.RegionCode, NpgsqlDbType.Text);
                }

                writer.Write(document.ScopeLevel switch { SearchScopeLevel.Kommun => "k", SearchScopeLevel.Region => "r", _ => "n" }, NpgsqlDbType.Char);
                writer.Write(document.Topics.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(document.LifeSituations.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(document.Updated.UtcDateTime, NpgsqlDbType.TimestampTz);
                if ((i + 1) % progressStep == 0 || i + 1 == documents)
                {
                    output.WriteLine($"[postgres]   {Units.Count(i + 1),9} documents sent  {Stopwatch.GetElapsedTime(start).TotalSeconds,6:0.0} s");
                }
            }

            writer.Complete();
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private static TimeSpan Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)command.ExecuteScalar()!;
    }
}
