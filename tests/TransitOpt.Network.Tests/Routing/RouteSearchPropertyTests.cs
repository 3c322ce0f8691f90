using System.Collections.Immutable;
using TransitOpt.Network.Graph;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

public sealed class RouteSearchPropertyTests
{
    private const int Cases = 300;

    [Fact]
    public void Find_RandomCorridors_ShouldEqualBruteForceOverEverySimplePath()
    {
        var found = 0;
        for (var seed = 1; seed <= Cases; seed++)
        {
            var (network, query) = RandomCorridors.Create(seed);
            var context = new SearchContext(network.Graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);

            var result = new RouteSearch(network.Graph).Find(context);
            var expected = BruteForce(network.Graph, context);

            Assert.True(expected.HasValue == result is not null, $"seed {seed}: search found {result is not null}, brute force {expected.HasValue}");
            if (result is { } r)
            {
                found++;
                var key = context.Key(r.Final);
                Assert.True(Math.Abs(expected!.Value - key) <= 1e-6 * Math.Max(1, key), $"seed {seed}: search {key}, brute force {expected}");
            }
        }

        Assert.True(found >= Cases / 4, $"only {found} of {Cases} random corridors had a route");
    }

    [Fact]
    public void Route_RandomCorridors_ShouldNeverSkipWaitingAtAClosedBorder()
    {
        var waited = 0;
        for (var seed = 1; seed <= Cases; seed++)
        {
            var (network, query) = RandomCorridors.Create(seed);
            var outcome = new Router(network).Route(query);
            foreach (var passage in outcome.Response?.Routes.SelectMany(r => r.BorderCrossings) ?? [])
            {
                var opens = network.Crossing(passage.Id).Hours.NextOpen(passage.Arrival);
                Assert.Equal(opens, passage.Arrival.AddHours(passage.WaitHours), TimeSpan.FromSeconds(1));
                waited += passage.WaitHours > 0 ? 1 : 0;
            }
        }

        Assert.True(waited > 10, $"only {waited} passages waited; the property is barely exercised");
    }

    [Fact]
    public void Route_RandomCorridors_AlternativesShouldBeLoopFreeDistinctAndOrdered()
    {
        var withAlternatives = 0;
        for (var seed = 1; seed <= Cases; seed++)
        {
            var (network, query) = RandomCorridors.Create(seed);
            var routes = new Router(network).Route(query).Response?.Routes ?? [];
            if (routes.Length > 1)
            {
                withAlternatives++;
            }

            for (var i = 0; i < routes.Length; i++)
            {
                var route = routes[i];
                Assert.Equal(i + 1, route.Rank);
                // Loop-free in the graph's sense: no (place, mode) visited twice. Going to a terminal and back by the
                // other mode is allowed: the cargo must reach the terminal to change mode.
                var visits = new List<(NodeId Place, TransportMode Mode)>();
                foreach (var leg in route.Legs)
                {
                    visits.Add((leg.From, leg.Mode));
                    var at = leg.From;
                    foreach (var link in leg.Links.Select(network.Link))
                    {
                        at = link.From == at ? link.To : link.From;
                        visits.Add((at, leg.Mode));
                    }
                }

                var places = visits.Select(v => v.Place).ToList();
                Assert.True(visits.Count == visits.Distinct().Count(), $"seed {seed}: route {i + 1} visits a place twice in one mode");
                Assert.Equal(query.Origin, places[0]);
                Assert.Equal(query.Destination, places[^1]);
                if (i > 0)
                {
                    Assert.True(routes[i - 1].ObjectiveValue <= route.ObjectiveValue + 1e-9, $"seed {seed}: alternatives out of order");
                    Assert.NotEqual(Signature(routes[i - 1]), Signature(route));
                }
            }

            Assert.Equal(routes.Length, routes.Select(Signature).Distinct().Count());
        }

        Assert.True(withAlternatives > 10, $"only {withAlternatives} queries had alternatives");
    }

    [Fact]
    public void Route_SameQueryTwice_ShouldGiveTheSameRoutes()
    {
        var (network, query) = RandomCorridors.Create(7);
        var router = new Router(network);

        var first = router.Route(query).Response!.Routes.Select(r => (r.Summary, r.ObjectiveValue));
        var second = router.Route(query).Response!.Routes.Select(r => (r.Summary, r.ObjectiveValue));

        Assert.Equal(first, second);
    }

    private static string Signature(Route route) =>
        string.Join(">", route.BorderCrossings.Select(c => c.Id.Value)) + "|" + string.Join(">", route.Legs.Select(l => l.Mode));

    /// <summary>The least key over every vertex-simple path, each replayed with the same edge rules.</summary>
    private static double? BruteForce(CompactGraph graph, SearchContext context)
    {
        var best = double.PositiveInfinity;
        var onPath = new bool[graph.VertexCount];

        void Walk(int vertex, SearchState state)
        {
            if (CompactGraph.PlaceOf(vertex) == context.Destination)
            {
                best = Math.Min(best, context.Key(state));
                return;
            }

            for (var e = graph.FirstEdge[vertex]; e < graph.FirstEdge[vertex + 1]; e++)
            {
                var next = graph.Target[e];
                if (!onPath[next] && context.EdgeAllowed(e) && context.TryTraverse(state, e, out var outcome))
                {
                    onPath[next] = true;
                    Walk(next, outcome.After);
                    onPath[next] = false;
                }
            }
        }

        foreach (var mode in new[] { TransportMode.Rail, TransportMode.Road }.Where(m => m == TransportMode.Rail ? context.AllowRail : context.AllowRoad))
        {
            var start = CompactGraph.Vertex(context.Origin, mode);
            onPath[start] = true;
            Walk(start, new SearchState(0, 0, DriverClock.Rested));
            onPath[start] = false;
        }

        return double.IsPositiveInfinity(best) ? null : best;
    }
}
