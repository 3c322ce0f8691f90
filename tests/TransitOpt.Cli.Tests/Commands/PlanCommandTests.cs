using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_SmallExample_ShouldPrintTheSummaryAndProgress()
    {
        var run = CliRun.Of("plan", "--demand", "small-example", "--time-limit", "30", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Plan of 14 shipments over 7 days from Mon 2 Mar 2026", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Greedy baseline +[\d,]+ USD", run.Out);
        Assert.Contains("Busiest border crossings by day", run.Out, StringComparison.Ordinal);
        Assert.Contains("greedy baseline: $", run.Error, StringComparison.Ordinal);
        Assert.Contains("pricing round 1:", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ +\d+\.\d s  whole vehicles: \$[\d,]+ against the bound \$[\d,]+, gap \d+\.\d\d %", run.Error);
        Assert.Matches(@"(?m)^Solved in \d+\.\d s", run.Error);
        Assert.DoesNotMatch(@"\d s\b", run.Out);
    }

    [Fact]
    public void Plan_Json_ShouldAccountForEveryLotWithinEveryCapacity()
    {
        var run = CliRun.Of("plan", "--demand", "small-example", "--format", "json", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var result = JsonNode.Parse(run.Out)!;
        Assert.Contains((string)result["status"]!, new[] { "optimal", "feasible" });
        Assert.True((double)result["objectiveUsd"]! <= (double)result["baseline"]!["objectiveUsd"]! + 1e-6);
        Assert.All(result["shipments"]!.AsArray(), s =>
            Assert.Equal((int)s!["lots"]!, s["assignments"]!.AsArray().Sum(a => (int)a!["lots"]!) + (int)s["unservedLots"]!));
        Assert.All(result["utilisation"]!.AsArray(), u => Assert.True((int)u!["used"]! <= (int)u["capacity"]!));
    }

    [Fact]
    public void Plan_FileWithAnUnknownPlace_ShouldExitTwoNamingTheShipment()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.json");
        File.WriteAllText(path, """
            { "name": "bad", "start": "2026-03-02", "horizonDays": 7, "shipments": [
              { "id": "X-1", "origin": "Atlantis", "destination": "Dushanbe", "cargo": { "kind": "bulk", "quantity": 3, "unit": "wagons" }, "ready": "2026-03-02", "due": "2026-03-06" } ] }
            """);

        var run = CliRun.Of("plan", path, "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("shipments[0].origin", run.Error, StringComparison.Ordinal);
        Assert.Contains("Atlantis", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--demand", "no-such-set")]
    [InlineData("--time-limit", "-1")]
    [InlineData("--work-limit", "0")]
    [InlineData("--target-gap", "-0.1")]
    [InlineData("--target-gap", "51")]
    public void Plan_BadOption_ShouldExitTwo(string option, string value)
    {
        var args = option == "--demand"
            ? new[] { "plan", option, value, "--data", CliRun.BundledData }
            : ["plan", "--demand", "small-example", option, value, "--data", CliRun.BundledData];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Plan_WithALooserTargetGap_ShouldStopPricingSoonerAndStayWithinIt()
    {
        var tight = CliRun.Of("plan", "--demand", "small-example", "--target-gap", "0", "--format", "json", "--data", CliRun.BundledData);
        var loose = CliRun.Of("plan", "--demand", "small-example", "--target-gap", "5", "--format", "json", "--data", CliRun.BundledData);

        Assert.Equal(0, tight.ExitCode);
        Assert.Equal(0, loose.ExitCode);
        using var tightPlan = System.Text.Json.JsonDocument.Parse(tight.Out);
        using var loosePlan = System.Text.Json.JsonDocument.Parse(loose.Out);
        var iterations = (Tight: tightPlan.RootElement.GetProperty("iterations").GetInt32(), Loose: loosePlan.RootElement.GetProperty("iterations").GetInt32());
        Assert.True(iterations.Loose < iterations.Tight, $"{iterations.Loose} rounds at 5 %, {iterations.Tight} at 0 %");
        Assert.True(loosePlan.RootElement.GetProperty("gap").GetDouble() <= 0.05);
    }
}
