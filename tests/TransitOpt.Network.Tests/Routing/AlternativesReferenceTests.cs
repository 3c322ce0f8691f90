using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>
/// The router's alternatives, found with shared and tighter searches, against <see cref="ReferenceAlternatives"/>
/// (every restricted search in full): the same routes in the same order with the same times and costs.
/// </summary>
public sealed class AlternativesReferenceTests
{
    [Fact]
    public void Route_BundledCityPairs_ShouldGiveTheReferenceAlternatives()
    {
        var network = Scaffolding.BundledData.Network;
        var router = new Router(network);
        var cities = network.Places.Where(p => p.Kind == PlaceKind.City).ToList();
        var random = new Random(12);
        var compared = 0;
        for (var i = 0; i < 160; i++)
        {
            var origin = cities[random.Next(cities.Count)];
            var destination = cities[random.Next(cities.Count)];
            var query = new RouteQuery
            {
                Origin = origin.Id,
                Destination = destination.Id,
                Departure = new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.FromHours(5)).AddDays(random.Next(365)).AddHours(random.Next(24)),
                Objective = (RouteObjective)random.Next(3),
                Alternatives = 1 + random.Next(RouteQuery.MaxAlternatives),
                Modes = random.Next(4) switch
                {
                    0 => new HashSet<TransportMode> { TransportMode.Rail },
                    1 => new HashSet<TransportMode> { TransportMode.Road },
                    _ => new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road },
                },
            };
            compared += Compare(network, router, query, $"{origin.Name} → {destination.Name}, {query.Objective}, {query.Alternatives} routes") ? 1 : 0;
        }

        Assert.True(compared >= 80, $"only {compared} of 160 city pairs had routes");
    }

    [Fact]
    public void Route_RandomCorridors_ShouldGiveTheReferenceAlternatives()
    {
        var compared = 0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var (network, query) = RandomCorridors.Create(seed);
            compared += Compare(network, new Router(network), query, $"seed {seed}") ? 1 : 0;
        }

        Assert.True(compared >= 75, $"only {compared} of 300 random corridors had routes");
    }

    /// <summary>Asserts that the router and the reference agree on a query; true when there were routes to compare.</summary>
    private static bool Compare(TransitNetwork network, Router router, RouteQuery query, string what)
    {
        var expected = router.Check(query) is null ? ReferenceAlternatives.Find(network, query) : [];
        var actual = router.Route(query).Response?.Routes.ToList() ?? [];
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} routes, the reference {expected.Count}");
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.True(Describe(e) == Describe(a), $"{what}, route {e.Rank}:\n reference {Describe(e)}\n router    {Describe(a)}");
        }

        return expected.Count > 0;
    }

    private static string Describe(Route route) =>
        $"{route.Rank}: {string.Join(" ", route.Legs.SelectMany(l => l.Links).Select(l => l.Value))} | {string.Join(",", route.BorderCrossings.Select(c => c.Id.Value))}"
        + $" | arrives {route.Arrival:O} | {route.Cost} | objective {route.ObjectiveValue:R} | {route.DistanceKm:R} km";
}
