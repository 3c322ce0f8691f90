using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class ScenarioCommandTests
{
    [Fact]
    public void Evaluate_ReadyMadeScenario_ShouldPrintTheComparison()
    {
        var run = CliRun.Of("scenario", "evaluate", "darbaza-maktaaral-open", "--demand", "small-example", "--time-limit", "20", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Darbaza–Maktaaral line opened", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ +Total cost, USD +[\d,]+ +[\d,]+ +[+-][\d,]+$", run.Out);
        Assert.Contains("Shipments whose routes change:", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ +\d+\.\d s  baseline: greedy baseline: \$[\d,]+", run.Error);
        Assert.Matches(@"(?m)^ +\d+\.\d s  scenario: pricing round 1: .*proven bound \$[\d,]+", run.Error);
        Assert.Matches(@"(?m)^ +\d+\.\d s  scenario: whole vehicles: \$[\d,]+ against the bound \$[\d,]+, gap \d+\.\d\d %", run.Error);
    }

    [Fact]
    public void Evaluate_Json_ShouldGiveTheApisComparison()
    {
        var run = CliRun.Of("scenario", "evaluate", "kg-tj-road-closed", "--demand", "small-example", "--format", "json", "--time-limit", "20", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var comparison = JsonNode.Parse(run.Out)!;
        Assert.Equal("kg-tj-road-closed", (string)comparison["scenario"]!);
        Assert.NotNull(comparison["delta"]!["totalCostUsd"]);
    }

    [Fact]
    public void Evaluate_BrokenScenarioFile_ShouldExitTwoNamingTheChange()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "broken.json");
        File.WriteAllText(path, """{ "id": "broken", "name": "Broken", "description": "", "changes": [ { "op": "setCapacity", "target": "BCP-NOWHERE", "value": 5 } ] }""");

        var run = CliRun.Of("scenario", "evaluate", path, "--demand", "small-example", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("changes[0].target", run.Error, StringComparison.Ordinal);
    }
}
