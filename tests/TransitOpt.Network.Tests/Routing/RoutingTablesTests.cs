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

    private static RouteQuery Query(NodeId from, NodeId to) => new()
    {
        Origin = from,
        Destination = to,
        Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5)),
        Alternatives = 1,
        NoteClosures = false,
    };
}
