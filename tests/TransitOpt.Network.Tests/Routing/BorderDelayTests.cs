using System.Text.Json.Nodes;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>Border delay as a distribution: seasons, quantiles, and the ETA at P50 and P90.</summary>
public sealed class BorderDelayTests
{
    private const string Oybek = "BCP-OYBEK-FOTEHOBOD-ROAD";
    private static readonly DateTimeOffset May5 = new(2026, 5, 5, 8, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset November10 = new(2026, 11, 10, 8, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void FromMean_ShouldBeTheStatedLognormal()
    {
        var delay = DelayQuantiles.FromMean(10);

        // σ = 0.75: median = mean × e^(−σ²/2), P90 = median × e^(1.2816 σ).
        Assert.Equal(10 * Math.Exp(-0.28125), delay.P50, 9);
        Assert.Equal(delay.P50 * Math.Exp(1.2815515655 * 0.75), delay.P90, 9);
        Assert.True(delay.P50 < 10 && delay.P90 > 10);
    }

    [Fact]
    public void SeasonalDelay_ShouldApplyInItsMonths_AndTheP90QueryShouldWaitLonger()
    {
        var router = new Router(WithGrainSeason().Load().Network!);

        var may = router.Route(Query(May5)).Response!.Routes[0];
        var november = router.Route(Query(November10)).Response!.Routes[0];
        var novemberP90 = router.Route(Query(November10) with { EtaQuantile = EtaQuantile.P90 }).Response!.Routes[0];

        var passage = Assert.Single(november.BorderCrossings);
        Assert.Equal(new DelayQuantiles(30, 120), passage.Delay);
        Assert.Equal(30, passage.DwellHours);
        Assert.Equal(120, Assert.Single(novemberP90.BorderCrossings).DwellHours);
        Assert.Equal(90, novemberP90.DurationHours - november.DurationHours, 6);
        Assert.Equal(DelayQuantiles.FromMean(2.4), Assert.Single(may.BorderCrossings).Delay);
        Assert.True(november.ArrivalP90 - november.ArrivalP50 > may.ArrivalP90 - may.ArrivalP50);
        Assert.Equal(november.Arrival.AddHours(90), november.ArrivalP90);
        Assert.Equal(novemberP90.Arrival, novemberP90.ArrivalP90);
    }

    [Fact]
    public void DelaySeasonWithP90BelowP50_ShouldBeRejected()
    {
        var data = WithGrainSeason();
        TinyCorridor.Feature(data.Crossings, Oybek)["delays"]![0]!["aToB"]!["p90"] = 10;

        var result = data.Load();

        Assert.Contains(result.Errors, e => e.FeatureId == Oybek && e.Message.Contains("delays[0].aToB.p90 (10 h) is below p50 (30 h)", StringComparison.Ordinal));
    }

    private static TinyCorridor WithGrainSeason()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["delays"] = new JsonArray(new JsonObject
        {
            ["months"] = new JsonArray(10, 11, 12),
            ["aToB"] = new JsonObject { ["p50"] = 30, ["p90"] = 120 },
            ["bToA"] = new JsonObject { ["p50"] = 3, ["p90"] = 8 },
            ["source"] = "TEST-S1",
        });
        return data;
    }

    private static RouteQuery Query(DateTimeOffset departure) => new()
    {
        Origin = new NodeId("UZ-TASHKENT"),
        Destination = new NodeId("TJ-KHUJAND"),
        Departure = departure,
        Modes = new HashSet<TransportMode> { TransportMode.Road },
        Alternatives = 1,
    };
}
