using System.Collections.Immutable;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// One link traversed for one shipment under exactly the route search's time and cost model (border hours and delay,
/// technical speed or yard time, winter speed, tariffs, closures), for solvers that build their own event graphs.
/// </summary>
public sealed class LinkTraversal
{
    private readonly SearchContext _context;
    private readonly CompactGraph _graph;
    private readonly DateTimeOffset _origin;

    /// <summary>How many whole days the route search may wait before a border crossing.</summary>
    public const int MaxWaitDays = SearchContext.MaxWaitDays;

    /// <summary>Compiles <paramref name="query"/> (its departure is the time origin) on <paramref name="network"/>.</summary>
    public LinkTraversal(TransitNetwork network, RouteQuery query)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(query);
        _graph = network.Graph;
        _context = new SearchContext(_graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
        _origin = query.Departure;
    }

    /// <summary>
    /// A lower bound on what the rest of the way from <paramref name="place"/> to the query's destination adds to the
    /// search's key (for a cost query: USD, plus a millionth of a USD per hour), ignoring surcharges, waiting and
    /// lateness: the route search's own A* bound; infinite where the destination cannot be reached.
    /// </summary>
    public double LowerBoundFrom(NodeId place, TransportMode mode) => _context.Bound(CompactGraph.Vertex(_graph.IndexOf(place), mode));

    /// <summary>
    /// Traverses <paramref name="link"/> from <paramref name="from"/> at <paramref name="at"/>, first waiting
    /// <paramref name="waitDays"/> whole planning days; null when the query may not use it or it is closed then.
    /// </summary>
    public Traversal? Traverse(Link link, NodeId from, DateTimeOffset at, int waitDays)
    {
        ArgumentNullException.ThrowIfNull(link);
        var fromIndex = _graph.IndexOf(from);
        var vertex = CompactGraph.Vertex(fromIndex, link.Mode);
        for (var edge = _graph.FirstEdge[vertex]; edge < _graph.FirstEdge[vertex + 1]; edge++)
        {
            if (_graph.LinkIndex[edge] < 0 || _graph.Network.Links[_graph.LinkIndex[edge]] != link)
            {
                continue;
            }

            var state = new SearchState((at - _origin).TotalHours, 0, DriverClock.Rested);
            if (!_context.EdgeAllowed(edge) || !_context.TryTraverse(state, edge, waitDays, out var outcome))
            {
                return null;
            }

            return new Traversal(outcome.Entered, _origin.AddHours(outcome.After.Hours), outcome.After.Money - outcome.SurchargeUsd, [.. EdgeResources.Of(_graph, edge)]);
        }

        return null;
    }
}

/// <summary>A link traversed.</summary>
/// <param name="Entered">When the link (or its crossing, after waiting for it to open) was entered.</param>
/// <param name="Arrival">When its far end was reached.</param>
/// <param name="Usd">What it cost: transport, border fees, gauge change.</param>
/// <param name="Resources">The daily capacities it used (on the day it was entered).</param>
public sealed record Traversal(DateTimeOffset Entered, DateTimeOffset Arrival, double Usd, ImmutableArray<ResourceRef> Resources);
