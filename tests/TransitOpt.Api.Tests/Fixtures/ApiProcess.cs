using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TransitOpt.Api.Tests.Fixtures;

/// <summary>
/// The API as a real process (<c>dotnet TransitOpt.Api.dll</c>), or a solver worker (<c>transitopt worker</c>, see
/// <see cref="Worker"/>), on a free loopback port, with settings given as environment variables; <see cref="Kill"/>
/// ends it at once (SIGKILL), as a crash or an evicted container would, <see cref="Terminate"/> asks it to stop (SIGTERM).
/// </summary>
public sealed partial class ApiProcess : IDisposable
{
    private readonly Process _process;

    /// <summary>Ends when the host logs that it listens (true), or when the process exits first (false).</summary>
    private readonly TaskCompletionSource<bool> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Per job id, ends when the process's worker logs that it started that job.</summary>
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _jobsStarted = new(StringComparer.Ordinal);

    public ApiProcess(IReadOnlyDictionary<string, string> settings)
        : this(settings, _ => [Path.Combine(AppContext.BaseDirectory, "TransitOpt.Api.dll")])
    {
    }

    private ApiProcess(IReadOnlyDictionary<string, string> settings, Func<Uri, string[]> arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = RedisServer.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", arguments(BaseAddress))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Data__Directory"] = TransitOptApi.BundledData;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                _listening.TrySetResult(true);
            }
            else if (line.Data is { } text && JobStartedLine().Match(text) is { Success: true } started)
            {
                Started(started.Groups[1].Value).TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.Exited += (_, _) => _listening.TrySetResult(false);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>A <c>transitopt worker</c> process (its Redis in <c>ConnectionStrings:Redis</c> of the settings).</summary>
    public static ApiProcess Worker(IReadOnlyDictionary<string, string> settings) =>
        new(settings, address => [Path.Combine(AppContext.BaseDirectory, "transitopt.dll"), "worker", "--urls", address.ToString(), "--data", TransitOptApi.BundledData]);

    public Uri BaseAddress { get; }

    /// <summary>Completes when this process's worker starts the job (its own log line "Plan job {id} started").</summary>
    public Task JobStarted(string jobId) => Started(jobId).Task;

    /// <summary>The operating system's id of the process (a Redis worker names its consumer with it).</summary>
    public int Id => _process.Id;

    /// <summary>Waits for the host's own "Now listening on" line, then checks that it answers /health/live.</summary>
    public async Task ReadyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!await _listening.Task.WaitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException($"the API process exited before listening on {BaseAddress}");
        }

        (await client.GetAsync(new Uri(BaseAddress, "/health/live"))).EnsureSuccessStatusCode();
    }

    private TaskCompletionSource Started(string jobId) =>
        _jobsStarted.GetOrAdd(jobId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    [GeneratedRegex("Plan job ([A-Za-z0-9_-]+) started")]
    private static partial Regex JobStartedLine();

    /// <summary>Asks the process to stop (SIGTERM), as a deploy or a scale-down does, and waits until it has exited.</summary>
    public void Terminate()
    {
        using (var signal = Process.Start("kill", $"-TERM {_process.Id}"))
        {
            signal.WaitForExit();
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"the process on {BaseAddress} did not stop within 60 s of SIGTERM");
        }
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
