using System.Globalization;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Loading;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Routing;

public sealed class RoutingTablesTests
{
    [Fact]
    public void Tariffs_AskedForMorePlacePairsThanTheCacheHolds_ShouldStayBoundedAndPriceAlike()
    {
        var network = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var router = new Router(network);
        var cities = network.Places.Where(p => p.Kind == PlaceKind.City).OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToList();
        var pairs = cities.SelectMany(a => cities.Where(b => b != a).Select(b => (From: a.Id, To: b.Id)))
            .Take(RoutingTables.MaxTariffs + 40)
            .ToList();
        Assert.True(pairs.Count > RoutingTables.MaxTariffs);

        foreach (var (from, to) in pairs)
        {
            router.Route(Query(from, to));
        }

        Assert.Equal(RoutingTables.MaxTariffs, network.RoutingTables.TariffCount);
        // A pair past the bound is priced by a model built for it alone: the same answer as on a fresh network.
        var (lastFrom, lastTo) = pairs[^1];
        var late = router.Route(Query(lastFrom, lastTo)).Response;
        var fresh = new Router(NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory)).Route(Query(lastFrom, lastTo)).Response;
        Assert.NotNull(late);
        Assert.Equal(fresh!.Routes[0].Cost.MoneyUsd, late.Routes[0].Cost.MoneyUsd);
        Assert.Equal(fresh.Routes[0].Arrival, late.Routes[0].Arrival);
    }

    [Fact]
    public void RestrictedBounds_AskedForMoreThanTheCacheHolds_ShouldStayBoundedAndRouteAlike()
    {
        var network = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var router = new Router(network);
        var tables = network.RoutingTables;
        var (from, to) = (network.FindPlaces("Almaty").Single().Id, network.FindPlaces("Dushanbe").Single().Id);

        // Every value of time weighs the edges differently: each query's restricted searches keep bounds of their own.
        var asked = 0;
        while (tables.BoundCount < tables.MaxBounds && asked < 10 * tables.MaxBounds)
        {
            router.Route(Query(from, to) with { ValueOfTimeUsdPerHour = asked++, Alternatives = 3 });
        }

        router.Route(Query(from, to) with { ValueOfTimeUsdPerHour = asked++, Alternatives = 3 });
        Assert.Equal(tables.MaxBounds, tables.BoundCount);
        // Past the bound a query's restricted searches compute their own: the same routes as on a fresh network.
        var late = Query(from, to) with { ValueOfTimeUsdPerHour = asked, Alternatives = 3 };
        var fresh = new Router(NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory)).Route(late).Response;
        Assert.Equal(Describe(fresh), Describe(router.Route(late).Response));
        Assert.Equal(3, fresh!.Routes.Length);
    }

    [Fact]
    public void LowerBounds_KeptForOtherQueries_ShouldBeTheQuerysOwn()
    {
        var network = Scaffolding.BundledData.Network;
        var baseline = Query(network.FindPlaces("Almaty").Single().Id, network.FindPlaces("Dushanbe").Single().Id) with { Alternatives = 3 };
        var crossing = new Router(network).Route(baseline).Response!.Routes[0].BorderCrossings[0].Id;
        // Each differs from the first in one thing the lower bounds depend on.
        RouteQuery[] queries =
        [
            baseline,
            baseline with { Commodity = Commodity.Coal },
            baseline with { Origin = network.FindPlaces("Shymkent").Single().Id },
            baseline with { Destination = network.FindPlaces("Khujand").Single().Id },
            baseline with { TrainWagons = 60 },
            baseline with { EtaQuantile = EtaQuantile.P90 },
            baseline with { Cargo = baseline.Cargo with { Quantity = 40 } },
            baseline with { Objective = RouteObjective.Cost },
            baseline with { Objective = RouteObjective.Time },
            baseline with { ValueOfTimeUsdPerHour = 400 },
            baseline with { Cargo = baseline.Cargo with { Kind = CargoKind.Hazardous } },
            baseline with { Cargo = new Cargo(CargoKind.General, 44, CargoUnit.Tonnes) },
            baseline with { VehicleRegistration = new CountryCode("TJ") },
            baseline with { AvoidCountries = new HashSet<CountryCode> { new("UZ") } },
            baseline with { AvoidCrossings = new HashSet<CrossingId> { crossing } },
            baseline with { Modes = new HashSet<TransportMode> { TransportMode.Road } },
        ];

        // Two networks that see the queries in opposite orders: a query handed bounds kept for another in one of them
        // differs from the same query computing its own in the other.
        var forward = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var backward = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var (forwardRouter, backwardRouter) = (new Router(forward), new Router(backward));
        var forwardAnswers = queries.Select(q => (Bounds(forward, q), Describe(forwardRouter.Route(q).Response))).ToList();
        var backwardAnswers = queries.Reverse().Select(q => (Bounds(backward, q), Describe(backwardRouter.Route(q).Response))).Reverse().ToList();
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.True(forwardAnswers[i] == backwardAnswers[i], $"query {i}:\n{forwardAnswers[i]}\n{backwardAnswers[i]}");
        }

        Assert.True(forwardAnswers.Select(a => a.Item1).Distinct().Count() >= queries.Length - 2, "the queries should mostly have bounds of their own");
    }

    /// <summary>The query's lower bound from every place in both modes, as text.</summary>
    private static string Bounds(TransitNetwork network, RouteQuery query)
    {
        var traversal = new LinkTraversal(network, query);
        return string.Join(" ", network.Places.SelectMany(p => new[] { traversal.LowerBoundFrom(p.Id, TransportMode.Rail), traversal.LowerBoundFrom(p.Id, TransportMode.Road) }).Select(b => b.ToString("R", CultureInfo.InvariantCulture)));
    }

    private static string Describe(RouteResponse? response) => response is null ? "no route" : string.Join(
        "\n",
        response.Routes.Select(r => $"{r.Rank}: {string.Join(" ", r.Legs.SelectMany(l => l.Links).Select(l => l.Value))} | arrives {r.Arrival:O} | {r.Cost} | objective {r.ObjectiveValue:R}"));

    private static RouteQuery Query(NodeId from, NodeId to) => new()
    {
        Origin = from,
        Destination = to,
        Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5)),
        Alternatives = 1,
        NoteClosures = false,
    };
}
