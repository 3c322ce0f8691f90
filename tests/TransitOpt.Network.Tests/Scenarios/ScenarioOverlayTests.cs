using System.Text.Json.Nodes;
using TransitOpt.Network.Graph;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Scenarios;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Scenarios;

public sealed class ScenarioOverlayTests
{
    private static readonly TransportMode[] Rail = [TransportMode.Rail];
    private static readonly TransitNetwork Base = new TinyCorridor().Load().Network!;

    [Fact]
    public void Apply_ShouldMakeANewVersionAndLeaveTheBaseAlone()
    {
        var applied = Apply(new ScenarioChange(ScenarioOperation.SetCapacity, "BCP-SARYAGASH-KELES-RAIL", Value: 900));

        Assert.NotEqual(Base.Version, applied.Version);
        Assert.Equal(900, applied.Crossing(new CrossingId("BCP-SARYAGASH-KELES-RAIL")).CapacityPerDay.AToB);
        Assert.Equal(500, Base.Crossing(new CrossingId("BCP-SARYAGASH-KELES-RAIL")).CapacityPerDay.AToB);
        Assert.Equal(applied.Version, Apply(new ScenarioChange(ScenarioOperation.SetCapacity, "BCP-SARYAGASH-KELES-RAIL", Value: 900)).Version);
    }

    [Fact]
    public void CloseCrossing_ForGood_ShouldLeaveNoRailRoute()
    {
        var applied = Apply(new ScenarioChange(ScenarioOperation.CloseCrossing, "BCP-BEKABAD-KHUJAND-RAIL"));

        Assert.Equal(InfrastructureStatus.Closed, applied.Crossing(new CrossingId("BCP-BEKABAD-KHUJAND-RAIL")).Status);
        Assert.Null(applied.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance));
    }

    [Fact]
    public void CloseCrossing_ForAPeriod_ShouldCloseItOnlyThen()
    {
        var applied = Apply(new ScenarioChange(ScenarioOperation.CloseCrossing, "BCP-BEKABAD-KHUJAND-RAIL", From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 31)));
        var router = new Router(applied);

        var march = router.Route(Query(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(5))));
        var april = router.Route(Query(new DateTimeOffset(2026, 4, 10, 8, 0, 0, TimeSpan.FromHours(5))));

        Assert.Null(march.Response);
        Assert.Contains("closed by the scenario (2026-03-01 to 2026-03-31; scenario)", march.Problem!.Message, StringComparison.Ordinal);
        Assert.NotNull(april.Response);
    }

    [Fact]
    public void ScaleCapacityDwellFeeAndCloseLink_ShouldChangeWhatTheySay()
    {
        var applied = Apply(
            new ScenarioChange(ScenarioOperation.ScaleCapacity, "RAIL-TASHKENT-BEKABAD", Factor: 1.5),
            new ScenarioChange(ScenarioOperation.SetDwell, "BCP-OYBEK-FOTEHOBOD-ROAD", Value: 30),
            new ScenarioChange(ScenarioOperation.SetFee, "BCP-OYBEK-FOTEHOBOD-ROAD", Value: 999),
            new ScenarioChange(ScenarioOperation.ScaleCapacity, "TERM-TASHKENT", Factor: 0.5),
            new ScenarioChange(ScenarioOperation.CloseLink, "ROAD-KELES-TASHKENT"));

        Assert.Equal(1500, applied.Link(new LinkId("RAIL-TASHKENT-BEKABAD")).CapacityPerDay);
        Assert.Equal(new PerDirection<double>(30, 30), applied.Crossing(new CrossingId("BCP-OYBEK-FOTEHOBOD-ROAD")).DwellHours);
        Assert.Equal(new PerDirection<double>(999, 999), applied.Crossing(new CrossingId("BCP-OYBEK-FOTEHOBOD-ROAD")).FeeUsd);
        Assert.Equal(200, applied.Terminals.Single().CapacityPerDay);
        Assert.Equal(InfrastructureStatus.Closed, applied.Link(new LinkId("ROAD-KELES-TASHKENT")).Status);
    }

    [Fact]
    public void AddLink_ShouldJoinTheNetwork()
    {
        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = TinyCorridor.Line("KZ-SHYMKENT", "UZ-TASHKENT") },
            ["properties"] = new JsonObject
            {
                ["id"] = "RAIL-SHYMKENT-TASHKENT-NEW", ["mode"] = "rail", ["from"] = "KZ-SHYMKENT", ["to"] = "UZ-TASHKENT", ["name"] = "New line",
                ["lengthKm"] = 130, ["speedKmh"] = 60, ["capacityPerDay"] = 600, ["status"] = "open", ["gaugeMm"] = 1520,
                ["crossing"] = "BCP-SARYAGASH-KELES-RAIL", ["source"] = "scenario",
            },
        };

        var result = ScenarioOverlay.Apply(Base, Scenario(new ScenarioChange(ScenarioOperation.AddLink, Feature: feature)));

        // The new line joins KZ and UZ but not between the sides of the crossing it names: the data's own rule.
        var error = Assert.Single(result.Errors);
        Assert.Equal("changes[0].feature", error.Field);
        Assert.Contains("must run between the sides of crossing", error.Message, StringComparison.Ordinal);

        feature["properties"]!["to"] = "KZ-SARYAGASH";
        feature["properties"]!["lengthKm"] = 110;
        feature["properties"]!.AsObject().Remove("crossing");
        feature["geometry"]!["coordinates"] = TinyCorridor.Line("KZ-SHYMKENT", "KZ-SARYAGASH");
        var added = ScenarioOverlay.Apply(Base, Scenario(new ScenarioChange(ScenarioOperation.AddLink, Feature: feature))).Network!;

        Assert.Equal(110 + 10 + 20 + 160 + 40, added.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance)!.DistanceKm, 6);
    }

    [Fact]
    public void ActivateProject_ShouldOpenAPlannedLine()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "RAIL-TASHKENT-BEKABAD")["status"] = "planned";
        var planned = data.Load().Network!;
        Assert.Null(planned.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance));

        var activated = ScenarioOverlay.Apply(planned, Scenario(new ScenarioChange(ScenarioOperation.ActivateProject, "Test line"))).Network!;

        Assert.NotNull(activated.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance));
    }

    [Theory]
    [InlineData(ScenarioOperation.CloseCrossing, "BCP-NOWHERE", null, "changes[0].target", "is not a border crossing")]
    [InlineData(ScenarioOperation.SetCapacity, "BCP-SARYAGASH-KELES-RAIL", -5.0, "changes[0].value", "at least 0")]
    [InlineData(ScenarioOperation.CloseLink, "RAIL-NOWHERE", null, "changes[0].target", "is not a link")]
    [InlineData(ScenarioOperation.ActivateProject, "RAIL-SHYMKENT-SARYAGASH", null, "changes[0].target", "no planned or under-construction")]
    public void InvalidChange_ShouldNameTheChangeAndTheReason(ScenarioOperation op, string target, double? value, string field, string reason)
    {
        var result = ScenarioOverlay.Apply(Base, Scenario(new ScenarioChange(op, target, Value: value)));

        Assert.Null(result.Network);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodEndingBeforeItBegins_ShouldBeRefused()
    {
        var result = ScenarioOverlay.Apply(Base, Scenario(
            new ScenarioChange(ScenarioOperation.SetFee, "BCP-OYBEK-FOTEHOBOD-ROAD", Value: 10),
            new ScenarioChange(ScenarioOperation.CloseLink, "ROAD-KELES-TASHKENT", From: new DateOnly(2026, 5, 1), To: new DateOnly(2026, 4, 1))));

        var error = Assert.Single(result.Errors);
        Assert.Equal("changes[1].to", error.Field);
        Assert.Contains("ends", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ShouldRoundTripAndNameAnUnknownOperation()
    {
        var scenario = Scenario(new ScenarioChange(ScenarioOperation.CloseCrossing, "BCP-BEKABAD-KHUJAND-RAIL", From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 31)));

        var (read, _) = ScenarioJson.Read(ScenarioJson.Write(scenario));
        var (_, error) = ScenarioJson.Read("""{ "id": "x", "name": "x", "changes": [ { "op": "teleport" } ] }""");

        Assert.Equal(scenario.Changes.ToList(), read!.Changes.ToList());
        Assert.Contains("\"op\": \"closeCrossing\"", ScenarioJson.Write(scenario), StringComparison.Ordinal);
        Assert.Equal("changes[0].op", error!.Field);
    }

    private static TransitNetwork Apply(params ScenarioChange[] changes)
    {
        var result = ScenarioOverlay.Apply(Base, Scenario(changes));
        Assert.Empty(result.Errors);
        return result.Network!;
    }

    private static Scenario Scenario(params ScenarioChange[] changes) => new("test", "Test", "A test scenario", [.. changes]);

    private static RouteQuery Query(DateTimeOffset departure) => new()
    {
        Origin = new NodeId("KZ-SHYMKENT"),
        Destination = new NodeId("TJ-KHUJAND"),
        Departure = departure,
        Modes = new HashSet<TransportMode> { TransportMode.Rail },
    };
}
