using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>
/// The search's own step (<see cref="SearchContext.TryAdvance"/>) against the full traversal the route reports replay: a
/// step that differed in the last bit could choose another route than the one reported, or report it at other times.
/// </summary>
public sealed class SearchAdvanceTests
{
    [Fact]
    public void TryAdvance_EveryBundledEdgeInManyStates_ShouldEqualTheFullTraversalToTheBit()
    {
        var network = Scaffolding.BundledData.Network;
        var graph = network.Graph;
        var cities = network.Places.Where(p => p.Kind == PlaceKind.City).ToList();
        var random = new Random(7);
        var plainRoad = 0;
        for (var i = 0; i < 12; i++)
        {
            var query = new RouteQuery
            {
                Origin = cities[random.Next(cities.Count)].Id,
                Destination = cities[random.Next(cities.Count)].Id,
                Departure = new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.FromHours(5)).AddDays(random.Next(365)).AddHours(random.Next(24)),
                Objective = (RouteObjective)random.Next(3),
                Cargo = new Cargo(random.Next(2) == 0 ? CargoKind.Container : CargoKind.Bulk, 1 + random.Next(300), random.Next(2) == 0 ? CargoUnit.Teu : CargoUnit.Tonnes),
            };
            var context = new SearchContext(graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
            for (var edge = 0; edge < graph.EdgeCount; edge++)
            {
                var state = new SearchState(random.NextDouble() * 2000, random.NextDouble() * 50_000, new DriverClock(random.NextDouble() * 9, random.NextDouble() * 4.5));
                var traversed = context.TryTraverse(state, edge, out var full);
                Assert.Equal(traversed, context.TryAdvance(state, edge, 0, out var after, out var waitedForClosure));
                if (traversed)
                {
                    Assert.True(full.After == after, $"edge {edge}: the search steps to {after}, the full traversal to {full.After}");
                    Assert.Equal(full.WaitedForClosure, waitedForClosure);
                }

                plainRoad += network.RoutingTables.PlainRoad[edge] ? 1 : 0;
            }
        }

        Assert.True(plainRoad > 1000, $"only {plainRoad} plain road edges stepped; the shortcut is barely exercised");
    }
}
