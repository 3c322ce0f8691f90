using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Loading;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>
/// <see cref="Router.Best"/>, the planner's search: what it reads off the found path must be what the written-out route
/// says, and what queries share (static keys, lower bounds, compiled surcharges) must answer each as if computed for it.
/// </summary>
public sealed class BestRouteTests
{
    private static readonly TimeSpan Corridor = TimeSpan.FromHours(5);

    [Fact]
    public void Best_RandomQueries_ShouldPriceEachAsTheRouteWrittenOutAndAsTheRoutersBest()
    {
        var network = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var router = new Router(network);
        var random = new Random(31);
        var compared = 0;
        for (var i = 0; i < 150; i++)
        {
            var query = RandomQuery(network, random) with { Surcharges = RandomSurcharges(network, random) };
            if (router.Check(query) is not null)
            {
                continue;
            }

            var best = router.Best(query);
            var routed = router.Route(query with { Alternatives = 1 }).Response?.Routes[0];
            Assert.Equal(routed is null, best is null);
            if (best is null || routed is null)
            {
                continue;
            }

            compared++;
            var written = best.Route;
            foreach (var route in new[] { written, routed })
            {
                Assert.Equal(route.Cost, best.Cost);
                Assert.Equal(route.Arrival, best.Arrival);
                Assert.Equal(route.ResourceUses.ToArray(), best.ResourceUses.ToArray());
                Assert.Equal(route.Legs.SelectMany(l => l.Links).ToArray(), best.Links.ToArray());
            }

            Assert.Equal(routed.Summary, written.Summary);
            Assert.Same(written, best.Route);
        }

        Assert.True(compared >= 100, $"only {compared} of 150 queries had a route");
    }

    [Fact]
    public void Best_InvalidQuery_ShouldThrowNamingTheField()
    {
        var router = new Router(Scaffolding.BundledData.Network);
        var query = new RouteQuery
        {
            Origin = Scaffolding.BundledData.Named("Almaty").Id,
            Destination = Scaffolding.BundledData.Named("Dushanbe").Id,
            Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, Corridor),
            Cargo = new Cargo(CargoKind.Container, -1, CargoUnit.Teu),
        };

        var thrown = Assert.Throws<ArgumentException>(() => router.Best(query));

        Assert.Contains("cargo.quantity", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedStatics_ManyDifferentQueries_ShouldEqualThoseComputedForEachAlone()
    {
        // Queries that differ in every field the shared lower bounds may depend on, asked one after another on one
        // network: each query's bounds come from the routing tables' cache, and must be those computed for the query alone (a
        // query that avoids a country the network lacks computes its own, with nothing avoided in fact).
        var network = NetworkLoader.LoadOrThrow(Scaffolding.BundledData.Directory);
        var graph = network.Graph;
        var random = new Random(5);
        var nowhere = new HashSet<CountryCode> { new("ZZ") };
        var start = new SearchState(0, 0, DriverClock.Rested);
        for (var i = 0; i < 12; i++)
        {
            foreach (var query in Variants(RandomQuery(network, random, fewPlaces: true)))
            {
                var shared = new SearchContext(graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
                var alone = new SearchContext(graph, query with { AvoidCountries = nowhere }, ImmutableHashSet<CrossingId>.Empty, query.Modes);
                for (var vertex = 0; vertex < graph.VertexCount; vertex++)
                {
                    Assert.Equal(alone.Bound(vertex), shared.Bound(vertex));
                }

                for (var edge = 0; edge < graph.EdgeCount; edge++)
                {
                    Assert.Equal(alone.LowerKeyThrough(start, edge), shared.LowerKeyThrough(start, edge));
                }
            }
        }

        Assert.InRange(network.RoutingTables.StaticsCount, 2, RoutingTables.MaxStatics);
    }

    [Fact]
    public void CompiledSurcharges_ChangedAfterASearch_ShouldPriceTheNewValues()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var oybek = new ResourceRef(ResourceKind.Crossing, "BCP-OYBEK-FOTEHOBOD-ROAD", ResourceDirection.AToB);
        var surcharges = new ResourceSurcharges(new DateOnly(2026, 3, 3));
        surcharges.Set(oybek, 0, 5_000);
        var query = new RouteQuery
        {
            Origin = new NodeId("UZ-TASHKENT"),
            Destination = new NodeId("TJ-KHUJAND"),
            Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, Corridor),
            Modes = new HashSet<TransportMode> { TransportMode.Road },
            Objective = RouteObjective.Cost,
            Surcharges = surcharges,
        };
        var waited = router.Best(query)!;

        surcharges.Set(oybek, 0, 0);
        surcharges.Set(oybek, 1, 5_000);
        var moved = router.Best(query)!;

        // Day 0 priced: the truck waits for day 1; then day 1 priced and day 0 free: it crosses on day 0.
        Assert.Equal(1, surcharges.DayOf(Assert.Single(waited.ResourceUses, u => u.Resource == oybek).At));
        Assert.Equal(0, surcharges.DayOf(Assert.Single(moved.ResourceUses, u => u.Resource == oybek).At));
    }

    /// <summary>The query and, for each field the shared statics may depend on, the query with only that field changed.</summary>
    private static IEnumerable<RouteQuery> Variants(RouteQuery query)
    {
        HashSet<TransportMode> Modes(params TransportMode[] modes) => [.. modes];
        yield return query;
        yield return query with { EtaQuantile = query.EtaQuantile == EtaQuantile.P50 ? EtaQuantile.P90 : EtaQuantile.P50 };
        yield return query with { Modes = Modes(TransportMode.Rail) };
        yield return query with { Modes = Modes(TransportMode.Road) };
        yield return query with { Modes = Modes(TransportMode.Rail, TransportMode.Road) };
        foreach (var objective in Enum.GetValues<RouteObjective>())
        {
            yield return query with { Objective = objective };
        }

        yield return query with { ValueOfTimeUsdPerHour = query.ValueOfTimeUsdPerHour + 25 };
        yield return query with { VehicleRegistration = new CountryCode("TJ") };
        yield return query with { VehicleRegistration = new CountryCode("AF") };
        yield return query with { TrainWagons = query.TrainWagons is null ? 55 : null };
        yield return query with { Cargo = query.Cargo with { Kind = query.Cargo.Kind == CargoKind.Bulk ? CargoKind.General : CargoKind.Bulk } };
        yield return query with { Cargo = query.Cargo with { Quantity = query.Cargo.Quantity * 2 } };
        yield return query with { Cargo = new Cargo(CargoKind.General, 130, CargoUnit.Tonnes) };
        yield return query with { Cargo = new Cargo(CargoKind.General, 140, CargoUnit.Tonnes) };
    }

    private static RouteQuery RandomQuery(TransitNetwork network, Random random, bool fewPlaces = false)
    {
        var cities = network.Places.Where(p => p.Kind == PlaceKind.City).OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToList();
        if (fewPlaces)
        {
            // Few pairs, so that most queries meet the statics of an earlier one under the same tariff.
            cities = [.. cities.Where(c => c.Name is "Almaty" or "Dushanbe" or "Tashkent" or "Kostanay")];
        }

        var cargo = random.Next(4) switch
        {
            0 => new Cargo(CargoKind.Container, 2 * (1 + random.Next(60)), CargoUnit.Teu),
            1 => new Cargo(CargoKind.Bulk, 1 + random.Next(60), CargoUnit.Wagons),
            2 => new Cargo(CargoKind.General, 1 + random.Next(4), CargoUnit.Trucks),
            _ => new Cargo((CargoKind)random.Next(4), 5 + random.Next(2000), CargoUnit.Tonnes),
        };
        var commodities = Enum.GetValues<Commodity>();
        return new RouteQuery
        {
            Origin = cities[random.Next(cities.Count)].Id,
            Destination = cities[random.Next(cities.Count)].Id,
            Departure = new DateTimeOffset(2026, 1, 1, 6, 0, 0, Corridor).AddDays(random.Next(365)).AddHours(random.Next(24)),
            Cargo = cargo,
            Commodity = random.Next(3) == 0 ? commodities[random.Next(commodities.Length)] : null,
            TrainWagons = random.Next(3) == 0 ? 55 : null,
            Objective = (RouteObjective)random.Next(3),
            ValueOfTimeUsdPerHour = random.Next(2) == 0 ? RouteQuery.DefaultValueOfTimeUsdPerHour : 40,
            EtaQuantile = (EtaQuantile)random.Next(2),
            VehicleRegistration = random.Next(3) == 0 ? new CountryCode(random.Next(2) == 0 ? "TJ" : "UZ") : null,
            Due = random.Next(2) == 0 ? new Deadline(DateOnly.FromDateTime(new DateTime(2026, 1, 1)).AddDays(random.Next(380)), 150) : null,
            Modes = random.Next(4) switch
            {
                0 => new HashSet<TransportMode> { TransportMode.Rail },
                1 => new HashSet<TransportMode> { TransportMode.Road },
                _ => new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road },
            },
            NoteClosures = false,
        };
    }

    private static ResourceSurcharges? RandomSurcharges(TransitNetwork network, Random random)
    {
        if (random.Next(2) == 0)
        {
            return null;
        }

        var surcharges = new ResourceSurcharges(new DateOnly(2026, 1, 1));
        foreach (var crossing in network.Crossings.Where(_ => random.Next(4) == 0))
        {
            surcharges.Set(new ResourceRef(ResourceKind.Crossing, crossing.Id.Value, ResourceDirection.AToB), random.Next(380), 50 + random.Next(5_000));
            surcharges.Set(new ResourceRef(ResourceKind.Crossing, crossing.Id.Value, ResourceDirection.BToA), random.Next(380), 50 + random.Next(5_000));
        }

        return surcharges;
    }
}
