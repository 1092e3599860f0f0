using Halsoportal.Search.Sync;

namespace Halsoportal.Search.Tests;

public sealed class IndexGenerationsTests
{
    [Fact]
    public void DeleteOlderThan_TheLiveGeneration_KeepsItAndARebuildStartedAfterIt()
    {
        var root = Path.Combine(Path.GetTempPath(), "halsoportal-generations-" + Guid.NewGuid().ToString("N"));
        try
        {
            var generations = new IndexGenerations(root);
            var names = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                var (index, name) = generations.CreateNext();
                index.Commit(i);
                index.Dispose();
                names.Add(name);
                Thread.Sleep(5); // names carry the time to the millisecond
            }

            generations.Promote(names[1]);
            generations.DeleteOlderThan(names[1]);

            var left = Directory.EnumerateDirectories(root, "gen-*").Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(names.Skip(1).ToList(), left);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
