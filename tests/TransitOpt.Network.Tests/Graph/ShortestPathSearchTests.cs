using TransitOpt.Network.Graph;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Graph;

public sealed class ShortestPathSearchTests
{
    private static readonly TransportMode[] Rail = [TransportMode.Rail];
    private static readonly TransportMode[] Road = [TransportMode.Road];
    private static readonly TransportMode[] Both = [TransportMode.Rail, TransportMode.Road];

    [Fact]
    public void Find_RailShymkentToKhujand_ShouldCrossUzbekistanAtBothBorders()
    {
        var network = new TinyCorridor().Load().Network!;

        var path = network.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance)!;

        Assert.Equal(120 + 10 + 20 + 160 + 40, path.DistanceKm, 6);
        Assert.Equal(["BCP-SARYAGASH-KELES-RAIL", "BCP-BEKABAD-KHUJAND-RAIL"], path.Crossings.Select(c => c.Crossing.Value));
        Assert.Equal(["KZ", "UZ", "TJ"], path.Countries(network).Select(c => c.Value));
        Assert.Equal((new CountryCode("KZ"), new CountryCode("UZ")), (path.Crossings[0].FromCountry, path.Crossings[0].ToCountry));
        // Running time 120/40 + 10/20 + 20/30 + 160/40 + 40/30 h, plus dwell 12 h (KZ→UZ) and 7 h (UZ→TJ).
        Assert.Equal(3 + 0.5 + (20.0 / 30) + 4 + (40.0 / 30) + 12 + 7, path.Hours, 6);
    }

    [Fact]
    public void Find_OppositeDirection_ShouldUseTheOtherDirectionsDwellAndFee()
    {
        var network = new TinyCorridor().Load().Network!;

        var path = network.Graph.CreateSearch().Find(new NodeId("TJ-KHUJAND"), new NodeId("KZ-SHYMKENT"), Rail, PathMetric.Time)!;

        Assert.Equal(3 + 0.5 + (20.0 / 30) + 4 + (40.0 / 30) + 8 + 6, path.Hours, 6);
        Assert.Equal([80.0, 80.0], path.Crossings.Select(c => c.FeeUsd));
    }

    [Fact]
    public void Find_RoadOnly_ShouldUseTheRoadCrossings()
    {
        var network = new TinyCorridor().Load().Network!;

        var path = network.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Road, PathMetric.Distance)!;

        Assert.Equal(115 + 8 + 18 + 110 + 60, path.DistanceKm, 6);
        Assert.Equal(["BCP-ZHIBEK-ZHOLY-GISHTKUPRIK-ROAD", "BCP-OYBEK-FOTEHOBOD-ROAD"], path.Crossings.Select(c => c.Crossing.Value));
        Assert.All(path.Steps, s => Assert.Equal(EdgeKind.Road, s.Kind));
    }

    [Fact]
    public void Find_BothModes_ShouldChangeModeOnlyAtTheTerminal()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-SHYMKENT-SARYAGASH")["status"] = "closed";
        var network = data.Load().Network!;

        var path = network.Graph.CreateSearch().Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Both, PathMetric.Distance)!;

        // Rail to Tashkent (150 km), transfer at the Tashkent terminal, road to Khujand (170 km) beats rail throughout (350 km).
        Assert.Equal(320, path.DistanceKm, 6);
        var transfer = Assert.Single(path.Steps, s => s.Kind == EdgeKind.Transfer);
        Assert.Equal("UZ-TASHKENT", transfer.From.Value);
        Assert.Equal(6, transfer.Hours);
    }

    [Fact]
    public void Find_ClosedCrossing_ShouldLeaveNoRailRoute()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-BEKABAD-KHUJAND-RAIL")["status"] = "closed";
        var network = data.Load().Network!;

        var search = network.Graph.CreateSearch();

        Assert.Null(search.Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Rail, PathMetric.Distance));
        Assert.NotNull(search.Find(new NodeId("KZ-SHYMKENT"), new NodeId("TJ-KHUJAND"), Road, PathMetric.Distance));
    }

    [Fact]
    public void Find_SamePlace_ShouldBeAnEmptyPath()
    {
        var network = new TinyCorridor().Load().Network!;

        var path = network.Graph.CreateSearch().Find(new NodeId("UZ-TASHKENT"), new NodeId("UZ-TASHKENT"), Both, PathMetric.Time)!;

        Assert.Empty(path.Steps);
        Assert.Equal(0, path.DistanceKm);
    }

    [Fact]
    public void Find_UnknownPlace_ShouldThrow()
    {
        var network = new TinyCorridor().Load().Network!;

        Assert.Throws<ArgumentException>(() => network.Graph.CreateSearch().Find(new NodeId("XX-NOWHERE"), new NodeId("UZ-TASHKENT"), Both, PathMetric.Time));
    }

    [Theory]
    [InlineData(PathMetric.Distance)]
    [InlineData(PathMetric.Time)]
    public void Find_RandomGraphs_ShouldEqualBruteForceEnumeration(PathMetric metric)
    {
        var found = 0;
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var network = RandomNetworks.Create(seed, places: 4 + random.Next(4), links: 5 + random.Next(10));
            var search = network.Graph.CreateSearch();
            var modes = (seed % 3) switch { 0 => Rail, 1 => Road, _ => Both };
            var origin = network.Places[random.Next(network.Places.Length)].Id;
            var destination = network.Places[random.Next(network.Places.Length)].Id;

            var path = search.Find(origin, destination, modes, metric);
            var expected = metric == PathMetric.Distance
                ? RandomNetworks.BruteForce(network, origin, destination, modes, l => l.LengthKm, _ => 0)
                : RandomNetworks.BruteForce(network, origin, destination, modes, l => l.RunningHours, t => t.HandlingHours);

            Assert.Equal(expected.HasValue, path is not null);
            if (path is null)
            {
                continue;
            }

            found++;
            Assert.Equal(expected!.Value, metric == PathMetric.Distance ? path.DistanceKm : path.Hours, 6);
            AssertContiguous(path, origin, destination);
            Assert.All(path.Steps.Where(s => s.Link is not null), s => Assert.True(network.Link(s.Link!.Value).Status.CarriesFreight()));
        }

        Assert.True(found >= 50, $"only {found} of 150 random queries had a path; the property is barely exercised");
    }

    [Fact]
    public void Reachable_TinyCorridor_ShouldReachEveryPlaceFromShymkent()
    {
        var network = new TinyCorridor().Load().Network!;

        var reached = network.Graph.CreateSearch().Reachable(new NodeId("KZ-SHYMKENT"), Rail);

        Assert.Equal(["KZ-SARYAGASH", "KZ-SHYMKENT", "TJ-KHUJAND", "UZ-BEKABAD", "UZ-KELES", "UZ-TASHKENT"], reached.Select(p => p.Value).Order(StringComparer.Ordinal));
    }

    private static void AssertContiguous(NetworkPath path, NodeId origin, NodeId destination)
    {
        var at = origin;
        foreach (var step in path.Steps)
        {
            Assert.Equal(at, step.From);
            at = step.To;
        }

        Assert.Equal(destination, at);
    }
}
