using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Optimization.Solvers;

/// <summary>Which rail links the monolithic MIP may use.</summary>
internal enum MipLinks
{
    /// <summary>Every freight rail link, either way: detours and paths that turn back included.</summary>
    All,

    /// <summary>Only links that bring a shipment strictly closer to its destination in rail km (the earlier, restricted reference).</summary>
    TowardDestination,
}

/// <summary>A link traversed (after waiting whole days before a crossing, if any) from one event to a strictly later one.</summary>
/// <param name="From">The event it leaves.</param>
/// <param name="To">The event it reaches.</param>
/// <param name="Usd">What it costs a lot.</param>
/// <param name="Uses">The resources it uses, on the day it enters them.</param>
internal sealed record EventArc(int From, int To, double Usd, (ResourceRef Resource, int Day)[] Uses);

/// <summary>
/// The time-expanded graph of one commodity (lots with the same places, lot, train, commodity, registration and due
/// day, so the same arcs at the same prices): events are (place, moment) pairs reached from a 08:00 departure on the
/// commodity's departure days, arcs traverse any freight rail link either way, timed and priced by
/// <see cref="LinkTraversal"/>. Every traversal takes time, so moments strictly increase along arcs and the graph is
/// acyclic. An event also remembers the place it was reached from, and no arc turns straight back to it: such a
/// reversal is never part of a simple path, and shuttling wagons back and forth only stands in for waiting at a border
/// longer than the planning model allows (<see cref="LinkTraversal.MaxWaitDays"/>); every other walk, detours and
/// paths that turn back later included, is in. It is finite because it keeps only arcs that can lie on a path cheaper
/// than leaving the lot unserved: the cheapest way to the arc's start, the arc, the search's lower bound on the rest of
/// the way and the lateness of arriving no earlier than the arc's end plus the least running time to go must stay below
/// the commodity's highest unserved penalty (every arc costs money, and lateness grows by the day, so this bounds both
/// the path's length and its arrival). A path it drops costs at least the penalty, which serves no lot more cheaply
/// than leaving it unserved and uses no capacity, so the optimum is unchanged. An optional latest arrival bounds it
/// harder (that one can cut plans off). Events from which the destination cannot be reached are dropped after the
/// forward pass.
/// </summary>
internal sealed class EventGraph
{
    /// <summary>Margin for the search bound's millionth of a USD per hour (it bounds money plus that).</summary>
    private const double BoundMarginUsd = 0.01;

    private EventGraph(List<(NodeId Place, DateTimeOffset Moment)> events, Dictionary<int, int> departures, List<EventArc> arcs, List<int> arrivals)
    {
        Events = events;
        Departures = departures;
        Arcs = arcs;
        Arrivals = arrivals;
    }

    /// <summary>The events, in the order of their moments.</summary>
    public IReadOnlyList<(NodeId Place, DateTimeOffset Moment)> Events { get; }

    /// <summary>The origin event of each departure day from which the destination can be reached.</summary>
    public IReadOnlyDictionary<int, int> Departures { get; }

    /// <summary>The arcs, each from an event to a later one that reaches the destination.</summary>
    public IReadOnlyList<EventArc> Arcs { get; }

    /// <summary>The events at the destination.</summary>
    public IReadOnlyList<int> Arrivals { get; }

    /// <summary>
    /// Builds the graph of a commodity leaving on <paramref name="departureDays"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">It would hold more than <paramref name="maxEvents"/> events.</exception>
    public static EventGraph Build(
        MipNetwork network, LinkTraversal traversal, NodeId origin, NodeId destination, DateOnly start, IEnumerable<int> departureDays,
        int dueDay, double latenessUsdPerDay, double unservedUsd, MipLinks links, DateTimeOffset? latestArrival, int maxEvents)
    {
        var first = new DateTimeOffset(start.ToDateTime(new TimeOnly(8, 0)), ResourceSurcharges.CorridorOffset);
        var events = new List<(NodeId Place, DateTimeOffset Moment)>();
        var cheapestTo = new List<double>();
        var cameFrom = new List<NodeId?>();
        var index = new Dictionary<(NodeId, DateTimeOffset, NodeId?), int>();
        var queue = new PriorityQueue<int, DateTimeOffset>();
        int Event(NodeId place, DateTimeOffset moment, NodeId? previous, double usd)
        {
            if (!index.TryGetValue((place, moment, previous), out var e))
            {
                e = index[(place, moment, previous)] = events.Count;
                events.Add((place, moment));
                cameFrom.Add(previous);
                cheapestTo.Add(usd);
                queue.Enqueue(e, moment);
            }

            cheapestTo[e] = Math.Min(cheapestTo[e], usd);
            return e;
        }

        var departures = departureDays.ToDictionary(day => day, day => Event(origin, first.AddDays(day), null, 0));
        var leastHours = network.LeastHoursTo(destination);
        var towardOnly = links == MipLinks.TowardDestination ? network.DistancesTo(destination) : null;
        var arcs = new List<EventArc>();
        var arrivals = new List<int>();
        while (queue.TryDequeue(out var e, out _))
        {
            if (events.Count > maxEvents)
            {
                throw new NotSupportedException($"the event graph exceeds {maxEvents:N0} events");
            }

            var (place, moment) = events[e];
            if (place == destination)
            {
                arrivals.Add(e);
                continue;
            }

            foreach (var (link, next) in network.RailLinksFrom(place))
            {
                var rest = traversal.LowerBoundFrom(next, TransportMode.Rail) - BoundMarginUsd;
                if (next == cameFrom[e] || double.IsPositiveInfinity(rest) || (towardOnly is not null && !(towardOnly[next] < towardOnly[place])))
                {
                    continue;
                }

                var maxWait = link.Crossing is not null ? LinkTraversal.MaxWaitDays : 0;
                for (var wait = 0; wait <= maxWait; wait++)
                {
                    if (traversal.Traverse(link, place, moment, wait) is not { } done)
                    {
                        continue;
                    }

                    if (done.Arrival <= moment)
                    {
                        throw new InvalidOperationException($"Traversing {link.Id} at {moment:O} takes no time: the event graph would not be acyclic.");
                    }

                    var earliest = done.Arrival.AddHours(leastHours[next]);
                    var late = Math.Max(0, ResourceSurcharges.DayOf(start, earliest) - dueDay) * latenessUsdPerDay;
                    if (cheapestTo[e] + done.Usd + rest + late >= unservedUsd || earliest > latestArrival)
                    {
                        continue;
                    }

                    var to = Event(next, done.Arrival, place, cheapestTo[e] + done.Usd);
                    arcs.Add(new EventArc(e, to, done.Usd, [.. done.Resources.Select(r => (r, ResourceSurcharges.DayOf(start, done.Entered)))]));
                }
            }
        }

        // Arcs were added in the order their start events left the queue (by moment), and each ends at a later event, so
        // one backward pass settles which events reach the destination.
        var reaches = new bool[events.Count];
        foreach (var arrival in arrivals)
        {
            reaches[arrival] = true;
        }

        for (var i = arcs.Count - 1; i >= 0; i--)
        {
            reaches[arcs[i].From] |= reaches[arcs[i].To];
        }

        return new EventGraph(
            events,
            departures.Where(d => reaches[d.Value]).ToDictionary(d => d.Key, d => d.Value),
            [.. arcs.Where(a => reaches[a.To])],
            arrivals);
    }
}
