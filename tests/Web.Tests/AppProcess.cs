using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Halsoportal.Web.Tests;

/// <summary>The web app as a real process, the way an operator starts it.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string BuiltWebDll => Path.Combine(RepositoryRoot, "src", "Web", "bin", Configuration, "net10.0", "Halsoportal.Web.dll");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet {arguments} --urls http://127.0.0.1:{free port}</c>.</summary>
    public static AppProcess Start(string arguments, string workingDirectory, string dataPath) =>
        Start(arguments, workingDirectory, dataPath, listen: true);

    public static AppProcess Start(string arguments, string workingDirectory, string dataPath, bool listen) =>
        Start(arguments, workingDirectory, dataPath, listen, environment: null);

    /// <summary>As <see cref="Start(string, string, string)"/>, with more environment variables (configuration, for example).</summary>
    public static AppProcess Start(string arguments, string workingDirectory, string dataPath, bool listen, IReadOnlyDictionary<string, string>? environment) =>
        Start(arguments, workingDirectory, dataPath, listen, environment, standardInput: null);

    /// <summary>As above, with <paramref name="standardInput"/> written to the process and the stream closed (<c>--password-stdin</c>, for example).</summary>
    public static AppProcess Start(string arguments, string workingDirectory, string dataPath, bool listen, IReadOnlyDictionary<string, string>? environment, string? standardInput)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", listen ? $"{arguments} --urls {baseUrl}" : arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        info.Environment["Halsoportal__DataPath"] = dataPath;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var app = new AppProcess(new Process { StartInfo = info }, baseUrl);
        app._process.OutputDataReceived += (_, e) => Append(app._output, e.Data);
        app._process.ErrorDataReceived += (_, e) => Append(app._error, e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            app._process.StandardInput.Write(standardInput);
            app._process.StandardInput.Close();
        }

        return app;
    }

    /// <summary>Waits until <c>/health</c> answers 200, or fails with what the process printed.</summary>
    public async Task<HttpClient> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        client.Dispose();
        throw new InvalidOperationException($"The app at {BaseUrl} did not become healthy.\nstdout:\n{Output}\nstderr:\n{Error}");
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // flushes the redirected streams
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as a crash or a power cut: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Runs a command to completion (publish, for example) and fails with its output when it fails.</summary>
    public static async Task RunToCompletionAsync(string arguments, string workingDirectory, TimeSpan timeout)
    {
        await using var app = Start(arguments, workingDirectory, dataPath: "unused", listen: false);
        var code = await app.WaitForExitAsync(timeout);
        Assert.True(code == 0, $"dotnet {arguments} exited with {code}\n{app.Output}\n{app.Error}");
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Halsoportal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Halsoportal.sln not found above the test output folder.");
    }
}
