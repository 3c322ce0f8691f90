using TransitOpt.Network;
using TransitOpt.Network.Graph;

namespace TransitOpt.Optimization.Solvers;

/// <summary>The rail network as the monolithic MIP walks it: the freight rail links at each place, either way.</summary>
internal sealed class MipNetwork(TransitNetwork network)
{
    private readonly ILookup<NodeId, (Link Link, NodeId Next)> _railLinks = network.Links
        .Where(l => l.Mode == TransportMode.Rail && l.Status.CarriesFreight())
        .SelectMany(l => new[] { (Place: l.From, Link: l, Next: l.To), (Place: l.To, Link: l, Next: l.From) })
        .ToLookup(x => x.Place, x => (x.Link, x.Next));

    /// <summary>The freight rail links leaving <paramref name="place"/> and the place each leads to.</summary>
    public IEnumerable<(Link Link, NodeId Next)> RailLinksFrom(NodeId place) => _railLinks[place];

    /// <summary>
    /// A lower bound on the hours from every place to <paramref name="destination"/> by rail: running time at line speed
    /// (winter is slower), without technical, yard, border or waiting time; infinite where none.
    /// </summary>
    public Dictionary<NodeId, double> LeastHoursTo(NodeId destination)
    {
        var hours = network.Places.ToDictionary(p => p.Id, _ => double.PositiveInfinity);
        var queue = new PriorityQueue<NodeId, double>();
        hours[destination] = 0;
        queue.Enqueue(destination, 0);
        while (queue.TryDequeue(out var place, out var at))
        {
            if (at > hours[place])
            {
                continue;
            }

            foreach (var (link, next) in RailLinksFrom(place))
            {
                var through = at + link.RunningHours;
                if (through < hours[next])
                {
                    hours[next] = through;
                    queue.Enqueue(next, through);
                }
            }
        }

        return hours;
    }

    /// <summary>The rail km from every place to <paramref name="destination"/> (infinite where none).</summary>
    public Dictionary<NodeId, double> DistancesTo(NodeId destination)
    {
        var search = network.Graph.CreateSearch();
        return network.Places.ToDictionary(
            p => p.Id,
            p => search.Find(p.Id, destination, [TransportMode.Rail], PathMetric.Distance)?.DistanceKm ?? double.PositiveInfinity);
    }
}
