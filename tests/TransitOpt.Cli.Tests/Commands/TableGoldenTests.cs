namespace TransitOpt.Cli.Tests.Commands;

/// <summary>
/// The readable tables as a user sees them when output is not a terminal: fixed width, no colour codes. Each run is
/// deterministic (a fixed departure; the plan bound by its work limit, with elapsed time only on standard error).
/// </summary>
public sealed class TableGoldenTests
{
    [Fact]
    public void Route_KostanayToDushanbeContainers_ShouldPrintTheGoldenTables()
    {
        var run = CliRun.Of("route", "--from", "Kostanay", "--to", "Dushanbe", "--cargo", "container", "--quantity", "40", "--depart", "2026-03-03T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        AssertPlain(run.Out);
        GoldenFile.Verify("route-kostanay-dushanbe", run.Out);
    }

    [Fact]
    public void Plan_SmallExampleWithAWorkLimit_ShouldPrintTheGoldenTables()
    {
        var run = CliRun.Of("plan", "--demand", "small-example", "--work-limit", "2000", "--time-limit", "600", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        AssertPlain(run.Out);
        Assert.Contains("Solved in ", run.Error, StringComparison.Ordinal);
        GoldenFile.Verify("plan-small-example", run.Out);
    }

    [Fact]
    public void Validate_BundledData_ShouldPrintTheGoldenTables()
    {
        var run = CliRun.Of("validate", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        AssertPlain(run.Out);
        GoldenFile.Verify("validate", run.Out);
    }

    private static void AssertPlain(string output)
    {
        Assert.DoesNotContain('\u001b', output);
        Assert.All(output.Split('\n'), line =>
        {
            Assert.False(line.EndsWith(' '), $"trailing spaces: '{line}'");
            Assert.True(line.Length <= 150, $"wider than 150 columns: '{line}'");
        });
    }
}
