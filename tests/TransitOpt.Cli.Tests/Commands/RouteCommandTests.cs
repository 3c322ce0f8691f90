using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class RouteCommandTests
{
    [Fact]
    public void Route_RailAlmatyToDushanbe_ShouldCrossUzbekistanAndListTheCrossingsInOrder()
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", "--modes", "rail", "--format", "json", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var route = JsonNode.Parse(run.Out)!;
        var crossings = route["borderCrossings"]!.AsArray();
        Assert.Equal("KZ", (string)crossings[0]!["fromCountry"]!);
        Assert.Equal("UZ", (string)crossings[0]!["toCountry"]!);
        Assert.Equal("TJ", (string)crossings[^1]!["toCountry"]!);
        Assert.All(crossings, c => Assert.Equal("rail", (string)c!["mode"]!));
        Assert.Contains("UZ", route["countries"]!.AsArray().Select(c => (string)c!));
        Assert.DoesNotContain("KG", route["countries"]!.AsArray().Select(c => (string)c!));
        Assert.True((double)route["distanceKm"]! > 1000);
        Assert.True((double)route["durationHours"]! > (double)route["distanceKm"]! / 80, "duration includes running time at freight speeds");
        Assert.All(route["legs"]!.AsArray(), l => Assert.Equal("rail", (string)l!["mode"]!));
    }

    [Fact]
    public void Route_Table_ShouldPrintDistanceDurationAndCrossings()
    {
        var run = CliRun.Of("route", "--from", "Shymkent", "--to", "Khujand", "--modes", "road", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Shymkent → Khujand by road", run.Out, StringComparison.Ordinal);
        Assert.Contains("Border crossings:", run.Out, StringComparison.Ordinal);
        Assert.Contains("KZ→UZ", run.Out, StringComparison.Ordinal);
        Assert.Contains("UZ→TJ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_UnknownPlace_ShouldExitTwoWithSuggestions()
    {
        var run = CliRun.Of("route", "--from", "Dushan", "--to", "Almaty", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from: unknown place 'Dushan'; did you mean", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dushanbe", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--modes", "ship")]
    [InlineData("--format", "xml")]
    [InlineData("--by", "beauty")]
    public void Route_BadOptionValue_ShouldExitTwo(string option, string value)
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", option, value, "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_MissingDestination_ShouldExitTwo()
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
    }
}
