using System.Diagnostics;

namespace TransitOpt.Api.Tests.Fixtures;

/// <summary>
/// The API as a real process (<c>dotnet TransitOpt.Api.dll</c>) on a free loopback port, with settings given as
/// environment variables; <see cref="Kill"/> ends it at once (SIGKILL), as a crash or an evicted container would.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;

    public ApiProcess(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = RedisServer.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "TransitOpt.Api.dll"))
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

        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Waits until the process answers /health/live (or has exited).</summary>
    public async Task ReadyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        for (var attempt = 0; attempt < 300 && !_process.HasExited; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "/health/live"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"the API process did not become live on {BaseAddress}");
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
