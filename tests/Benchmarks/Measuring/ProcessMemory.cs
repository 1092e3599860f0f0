using System.Diagnostics;
using System.Globalization;

namespace Halsoportal.Benchmarks.Measuring;

/// <summary>
/// The process's memory at one moment. <see cref="PeakWorkingSet"/> is
/// <see cref="Process.PeakWorkingSet64"/> (Linux: VmHWM, the resident high-water mark). Resident
/// memory includes pages of the memory-mapped index files (<see cref="ResidentFile"/>), which the
/// kernel can drop under pressure; <see cref="ResidentAnonymous"/> is the process's own memory.
/// </summary>
internal sealed record MemorySnapshot(long PeakWorkingSet, long WorkingSet, long ResidentAnonymous, long ResidentFile, long GcHeap, long GcCommitted)
{
    public static MemorySnapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var status = ReadStatus();
        var gc = GC.GetGCMemoryInfo();
        return new MemorySnapshot(
            process.PeakWorkingSet64,
            process.WorkingSet64,
            status.GetValueOrDefault("RssAnon", -1),
            status.GetValueOrDefault("RssFile", -1),
            gc.HeapSizeBytes,
            gc.TotalCommittedBytes);
    }

    /// <summary>
    /// Resets the kernel's resident high-water mark (Linux ≥ 4.0, <c>/proc/self/clear_refs</c>),
    /// so the next <see cref="Take"/> reports the peak of one phase. False where not supported.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static Dictionary<string, long> ReadStatus()
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return values;
        }

        foreach (var line in File.ReadLines(path))
        {
            // "RssAnon:	  123456 kB"
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var parts = colon < 0 ? [] : line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[1] == "kB" && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
            {
                values[line[..colon]] = kb * 1024;
            }
        }

        return values;
    }
}

/// <summary>Formatting of sizes and rates for the report.</summary>
internal static class Units
{
    public static string Megabytes(long bytes) => bytes < 0 ? "n/a" : (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : milliseconds < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
