using System.Text.Json.Nodes;
using TransitOpt.Network.Loading;

namespace TransitOpt.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public void Export_GeoJson_ShouldBeOneFeatureCollectionWithEveryFeatureDescribed()
    {
        var network = NetworkLoader.LoadOrThrow(CliRun.BundledData);

        var run = CliRun.Of("export", "--format", "geojson", "--data", CliRun.BundledData);

        Assert.Equal(0, run.ExitCode);
        var collection = JsonNode.Parse(run.Out)!;
        Assert.Equal("FeatureCollection", (string)collection["type"]!);
        var features = collection["features"]!.AsArray().Select(f => f!).ToList();
        var kinds = features.GroupBy(f => (string)f["properties"]!["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(network.Places.Length, kinds["place"]);
        Assert.Equal(network.Links.Length, kinds["link"]);
        Assert.Equal(network.Crossings.Length, kinds["crossing"]);
        Assert.Equal(network.Terminals.Length, kinds["terminal"]);
        Assert.All(features, f =>
        {
            var p = f["properties"]!;
            Assert.False(string.IsNullOrEmpty((string?)p["id"]));
            Assert.False(string.IsNullOrEmpty((string?)p["name"]));
            Assert.False(string.IsNullOrEmpty((string?)p["mode"]));
            Assert.False(string.IsNullOrEmpty((string?)p["status"]));
            Assert.True(p["country"] is not null || p["countries"] is JsonArray { Count: 2 });
            Assert.Contains((string)f["geometry"]!["type"]!, new[] { "Point", "LineString" });
        });
        Assert.All(features.Where(f => (string)f["properties"]!["kind"]! == "crossing"), f => Assert.NotNull(f["properties"]!["countries"]));
    }
}
