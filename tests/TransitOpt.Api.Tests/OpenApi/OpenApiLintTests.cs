using System.Diagnostics;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.OpenApi;

/// <summary>
/// The live OpenAPI document passes Redocly's and Spectral's recommended rule sets with no error. The linters are the
/// npm packages locked in tools/openapi-lint (installed here with npm ci when missing or older than the lock file;
/// tests/run.sh installs node and npm).
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class OpenApiLintTests : IDisposable
{
    private static readonly string Tools = Path.Combine(Path.GetDirectoryName(TransitOptApi.BundledData)!, "tools", "openapi-lint");
    private readonly TransitOptApi _api = new(null);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("transitopt-lint-");

    [Fact]
    public async Task Document_ShouldPassRedoclyAndSpectralRecommendedRules()
    {
        await InstallLinters();
        using var client = _api.CreateClient();
        var document = Path.Combine(_work.FullName, "v1.json");
        await File.WriteAllTextAsync(document, await client.GetStringAsync("/openapi/v1.json"));

        var (_, redoclyOut, _) = await Run(Path.Combine(Tools, "node_modules", ".bin", "redocly"), "lint", document, "--config", Path.Combine(Tools, "redocly.yaml"), "--format", "json");
        var redocly = JsonNode.Parse(redoclyOut)!;
        var spectralFile = Path.Combine(_work.FullName, "spectral.json");
        await Run(Path.Combine(Tools, "node_modules", ".bin", "spectral"), "lint", document, "--ruleset", Path.Combine(Tools, ".spectral.yaml"), "--format", "json", "--output", spectralFile);
        var spectral = JsonNode.Parse(await File.ReadAllTextAsync(spectralFile))!.AsArray();

        var redoclyErrors = redocly["problems"]!.AsArray().Where(p => (string?)p!["severity"] == "error").Select(p => $"{p!["ruleId"]}: {p["message"]} at {p["location"]![0]!["pointer"]}").ToList();
        var spectralErrors = spectral.Where(p => (int)p!["severity"]! == 0).Select(p => $"{p!["code"]}: {p["message"]} at {string.Join('/', p["path"]!.AsArray())}").ToList();
        Assert.True(redoclyErrors.Count == 0, "Redocly:\n" + string.Join('\n', redoclyErrors));
        Assert.True(spectralErrors.Count == 0, "Spectral:\n" + string.Join('\n', spectralErrors));
        Assert.Equal(0, (int)redocly["totals"]!["errors"]!);
    }

    private static async Task InstallLinters()
    {
        var installed = new FileInfo(Path.Combine(Tools, "node_modules", ".package-lock.json"));
        if (!installed.Exists || installed.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(Tools, "package-lock.json")))
        {
            var (exit, output, errors) = await Run("npm", "ci", "--no-audit", "--no-fund");
            Assert.True(exit == 0, $"npm ci in tools/openapi-lint failed:\n{output}\n{errors}");
        }
    }

    /// <summary>Runs a program in the linters' folder: its exit code, standard output and standard error.</summary>
    private static async Task<(int Exit, string Output, string Errors)> Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = Tools, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // No telemetry or update checks from the linters.
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    public void Dispose()
    {
        _api.Dispose();
        _work.Delete(recursive: true);
    }
}
