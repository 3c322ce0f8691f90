using System.Collections.Immutable;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A best route as a planner prices it: what it pays, when it arrives, the daily capacities it uses and the links it
/// takes, read off the found path without writing the route out. <see cref="Route"/> writes it out (legs, crossings,
/// costs by line, geometry) on first use, so that only the routes a plan keeps pay for that.
/// </summary>
public sealed class FoundRoute
{
    private readonly Lazy<Route> _route;

    internal FoundRoute(SearchContext context, CompactGraph graph, FoundPath path)
    {
        var query = context.Query;
        var resources = graph.Network.RoutingTables.EdgeResources;
        var state = new SearchState(0, 0, DriverClock.Rested);
        var uses = ImmutableArray.CreateBuilder<ResourceUse>();
        var links = ImmutableArray.CreateBuilder<LinkId>(path.Edges.Count);
        double transport = 0, border = 0, handling = 0, wagons = 0;
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var edge = path.Edges[i];
            if (!context.TryTraverse(state, edge, path.WaitDays[i], out var outcome))
            {
                throw new InvalidOperationException("A found path could not be replayed; the search and the replay disagree.");
            }

            var vehicles = context.Vehicles(CompactGraph.ModeOf(graph.Source[edge]));
            foreach (var resource in resources[edge])
            {
                uses.Add(new ResourceUse(resource, outcome.Entered, vehicles));
            }

            // Summed per kind in the order RouteBuilder sums them, so that the cost is the written-out route's to the bit.
            transport += outcome.TransportUsd;
            handling += outcome.HandlingUsd;
            wagons += outcome.WagonUsd;
            if (graph.Kind[edge] != EdgeKind.Transfer)
            {
                border += outcome.BorderUsd;
                links.Add(graph.Network.Links[graph.LinkIndex[edge]].Id);
            }

            state = outcome.After;
        }

        if (context.Unloading is { } unloading && path.Edges.Count > 0 && CompactGraph.ModeOf(graph.Target[path.Edges[^1]]) == TransportMode.Rail)
        {
            uses.Add(new ResourceUse(unloading, query.Departure.AddHours(state.Hours), context.RailVehicles));
        }

        Arrival = query.Departure.AddHours(state.Hours);
        Cost = RouteCost.Of(transport, border, handling, wagons, query.ValueOfTimeUsdPerHour * state.Hours);
        ResourceUses = uses.ToImmutable();
        Links = links.ToImmutable();
        _route = new Lazy<Route>(() => RouteBuilder.Build(context, graph, path, 1), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private FoundRoute(Route route)
    {
        Arrival = route.Arrival;
        Cost = route.Cost;
        ResourceUses = route.ResourceUses;
        Links = [.. route.Legs.SelectMany(l => l.Links)];
        _route = new Lazy<Route>(route);
    }

    /// <summary>What the route costs (money and the value of time).</summary>
    public RouteCost Cost { get; }

    /// <summary>When it arrives.</summary>
    public DateTimeOffset Arrival { get; }

    /// <summary>The daily capacities it uses, when, and with how many vehicles (as <see cref="Routing.Route.ResourceUses"/>).</summary>
    public ImmutableArray<ResourceUse> ResourceUses { get; }

    /// <summary>The links it takes, in order (as its legs' links).</summary>
    public ImmutableArray<LinkId> Links { get; }

    /// <summary>The route written out (built on first use).</summary>
    public Route Route => _route.Value;

    /// <summary>A route already written out.</summary>
    public static FoundRoute Of(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return new FoundRoute(route);
    }
}
