using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class RouteCommandTests
{
    [Fact]
    public void Route_RailAlmatyToDushanbe_ShouldCrossUzbekistanAndListTheCrossingsInOrder()
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", "--modes", "rail", "--depart", "2026-03-03T08:00", "--format", "json", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var response = JsonNode.Parse(run.Out)!;
        Assert.False(string.IsNullOrEmpty((string?)response["networkVersion"]));
        var best = response["routes"]![0]!;
        var crossings = best["borderCrossings"]!.AsArray();
        Assert.Equal("KZ", (string)crossings[0]!["fromCountry"]!);
        Assert.Equal("UZ", (string)crossings[0]!["toCountry"]!);
        Assert.Equal("UZ", (string)crossings[^1]!["fromCountry"]!);
        Assert.Equal("TJ", (string)crossings[^1]!["toCountry"]!);
        Assert.All(crossings, c => Assert.Equal("rail", (string)c!["mode"]!));
        Assert.True((double)best["distanceKm"]! > 1000);
        Assert.True((double)best["durationHours"]! > (double)best["distanceKm"]! / 60, "duration includes running time at freight speeds and border dwell");
        Assert.All(best["legs"]!.AsArray(), l => Assert.Equal("rail", (string)l!["mode"]!));
        Assert.Equal("MultiLineString", (string)best["geometry"]!["type"]!);
        Assert.StartsWith("Rail via ", (string)best["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_Table_ShouldPrintOneBlockPerAlternativeWithCrossingsAndCost()
    {
        var run = CliRun.Of("route", "--from", "Shymkent", "--to", "Khujand", "--modes", "road", "--depart", "2026-05-04T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1. Road via ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  KZ→UZ ", run.Out);
        Assert.Matches(@"(?m)^  UZ→TJ ", run.Out);
        Assert.Matches(@"(?m)^Cost +[\d,]+ USD: transport", run.Out);
        Assert.Matches(@"(?m)^CO2 +[\d.]+ t$", run.Out);
        Assert.Contains("2. Road via ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "1 truck ")]
    [InlineData("2", "2 trucks ")]
    public void Route_Table_ShouldCountVehiclesInWords(string trucks, string words)
    {
        var run = CliRun.Of("route", "--from", "Shymkent", "--to", "Tashkent", "--modes", "road", "--quantity", trucks, "--unit", "trucks", "--alternatives", "1", "--depart", "2026-05-04T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^  road +Shymkent +Tashkent .* " + words, run.Out);
    }

    [Theory]
    [InlineData("Almati", "Almaty")]
    [InlineData("Dushanbee", "Dushanbe")]
    [InlineData("Kostanai", "Kostanay")]
    [InlineData("Qostanay", "Kostanay")]
    [InlineData("Khodjent", "Khujand")]
    [InlineData("Алматы", "Almaty")]
    [InlineData("Қостанай", "Kostanay")]
    [InlineData("Хуҷанд", "Khujand")]
    public void Route_FromAnotherSpelling_ShouldStartAtThePlace(string typed, string name)
    {
        var run = CliRun.Of("route", "--from", typed, "--to", "Tashkent", "--alternatives", "1", "--depart", "2026-05-04T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^  (rail|road) +" + name + " ", run.Out);
    }

    [Fact]
    public void Route_CyrillicNames_ShouldRouteAlmatyToDushanbe()
    {
        var run = CliRun.Of("route", "--from", "Алматы", "--to", "Душанбе", "--depart", "2026-03-03T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^  (rail|road) +Almaty ", run.Out);
        Assert.Matches(@"(?m)^  (rail|road) .* Dushanbe ", run.Out);
    }

    [Fact]
    public void Route_MisspelledCyrillicName_ShouldExitTwoWithTheSuggestion()
    {
        var run = CliRun.Of("route", "--from", "Душамбе", "--to", "Almaty", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from: unknown place 'Душамбе'; did you mean Dushanbe (TJ-DUSHANBE)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_TableFromAPoint_ShouldSayWhereThePointWasSnappedAndHowFar()
    {
        // 76.95,43.25 is 0.09° of latitude south of Almaty (76.95,43.34 in data/places.geojson): 10.0 km.
        var run = CliRun.Of("route", "--from", "76.95,43.25", "--to", "Dushanbe", "--modes", "rail", "--depart", "2026-03-03T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("--from 76.95,43.25 snapped to Almaty (KZ-ALMATY), 10.0 km away", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--to ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_GeoJson_ShouldBeAFeatureCollectionOfRoutes()
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Khujand", "--format", "geojson", "--depart", "2026-05-04T08:00", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var collection = JsonNode.Parse(run.Out)!;
        Assert.Equal("FeatureCollection", (string)collection["type"]!);
        var routes = collection["features"]!.AsArray().Where(f => (string)f!["properties"]!["kind"]! == "route").ToList();
        Assert.NotEmpty(routes);
        Assert.Equal(1, (int)routes[0]!["properties"]!["rank"]!);
    }

    [Fact]
    public void Route_UnknownPlace_ShouldExitTwoWithSuggestions()
    {
        var run = CliRun.Of("route", "--from", "Dushan", "--to", "Almaty", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from: unknown place 'Dushan'; did you mean", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dushanbe", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_EveryUzbekTajikCrossingAvoided_ShouldExitTwoSayingWhy()
    {
        var network = TransitOpt.Network.Loading.NetworkLoader.LoadOrThrow(CliRun.BundledData);
        var uzTj = network.Crossings.Where(c => c.Joins(new("UZ"), new("TJ"))).Select(c => c.Id.Value);

        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", "--modes", "rail", "--avoid-crossing", string.Join(",", uzTj), "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no route: every TJ–UZ rail crossing is closed or avoided", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--modes", "ship")]
    [InlineData("--format", "xml")]
    [InlineData("--objective", "beauty")]
    [InlineData("--depart", "yesterday")]
    [InlineData("--alternatives", "9")]
    [InlineData("--quantity", "-4")]
    [InlineData("--avoid-country", "ZZ")]
    public void Route_BadOptionValue_ShouldExitTwoNamingIt(string option, string value)
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", option, value, "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Route_MissingDestination_ShouldExitTwo()
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3 March")]
    [InlineData("03/04/2026")]
    public void AmbiguousDeparture_ShouldBeRefusedNamingTheAcceptedForms(string depart)
    {
        var run = CliRun.Of("route", "--from", "Almaty", "--to", "Dushanbe", "--depart", depart, "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ISO 8601", run.Error, StringComparison.Ordinal);
        Assert.Contains("UTC+05:00", run.Error, StringComparison.Ordinal);
    }
}
