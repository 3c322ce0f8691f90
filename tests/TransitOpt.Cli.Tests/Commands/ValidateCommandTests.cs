using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_BundledData_ShouldExitZeroAndPrintTheSummary()
    {
        var run = CliRun.Of("validate", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Places by country", run.Out, StringComparison.Ordinal);
        Assert.Contains("Links by country (or border) and mode", run.Out, StringComparison.Ordinal);
        Assert.Contains("Border crossings by country pair and mode", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"KZ–UZ\s+rail", run.Out);
        Assert.Matches(@"TJ–UZ\s+road", run.Out);
    }

    [Fact]
    public void Validate_BrokenCopy_ShouldExitTwoNamingFileAndFeature()
    {
        var data = CliRun.CopyOfBundledData();
        var path = Path.Combine(data, "links.geojson");
        var links = JsonNode.Parse(File.ReadAllText(path))!;
        var first = links["features"]![0]!["properties"]!;
        var id = (string)first["id"]!;
        first["lengthKm"] = 0.1;
        first["capacityPerDay"] = -3;
        File.WriteAllText(path, links.ToJsonString());

        var run = CliRun.Of("validate", "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"links.geojson: {id}: lengthKm 0.1 is shorter than", run.Error, StringComparison.Ordinal);
        Assert.Contains($"links.geojson: {id}: capacityPerDay -3 is negative", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Validate_MissingFolder_ShouldExitTwo()
    {
        var run = CliRun.Of("validate", "--data", Path.Combine(Path.GetTempPath(), "no-such-transitopt-data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains("Pass --data DIR (the folder with places.geojson) or set TRANSITOPT_DATA.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommandOrOption_ShouldExitTwo()
    {
        Assert.Equal(2, CliRun.Of("validate", "--frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("teleport").ExitCode);
    }
}
