using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Geography;

namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>Small random networks inside Kazakhstan for property tests, built straight into the model.</summary>
internal static class RandomNetworks
{
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 4326);

    public static TransitNetwork Create(int seed, int places, int links)
    {
        var random = new Random(seed);
        var kz = new CountryCode("KZ");
        var placeList = Enumerable.Range(0, places)
            .Select(i => new Place(
                new NodeId($"KZ-P{i}"), $"P{i}", [], PlaceKind.City, kz,
                Geometry.CreatePoint(new Coordinate(66 + (random.NextDouble() * 10), 43 + (random.NextDouble() * 6))),
                "random"))
            .ToImmutableArray();
        var linkList = ImmutableArray.CreateBuilder<Link>();
        for (var i = 0; i < links; i++)
        {
            var from = placeList[random.Next(places)];
            var to = placeList[random.Next(places)];
            if (from.Id == to.Id)
            {
                continue;
            }

            var mode = random.Next(2) == 0 ? TransportMode.Rail : TransportMode.Road;
            var straight = GreatCircle.DistanceKm(from.Longitude, from.Latitude, to.Longitude, to.Latitude);
            var status = random.Next(10) == 0 ? InfrastructureStatus.Planned : InfrastructureStatus.Open;
            linkList.Add(new Link(
                new LinkId($"L{i}"), mode, from.Id, to.Id, "random",
                Geometry.CreateLineString([from.Location.Coordinate, to.Location.Coordinate]),
                Math.Round(straight * (1 + random.NextDouble()), 1), 20 + random.Next(60), 100, status, [],
                mode == TransportMode.Rail ? new RailTrack(1520, 1, false) : null,
                mode == TransportMode.Road ? 44 : null, null, 1, [], "random"));
        }

        var terminals = placeList.Where(_ => random.Next(3) == 0)
            .Select(p => new Terminal(new TerminalId($"T-{p.Id}"), p.Id, "random", TerminalKind.DryPort, random.Next(1, 12), 100, 100, false, "random"))
            .ToImmutableArray();
        var country = new Country(kz, "Kazakhstan", TimeSpan.FromHours(5), "EAEU", [], "random");
        return new TransitNetwork(
            new NetworkVersion($"random-{seed}"), [country], placeList, linkList.ToImmutable(), [], terminals, [],
            ImmutableDictionary<TransportMode, VehicleType>.Empty, [], new RailOperations(0, 1, "random"));
    }

    /// <summary>
    /// The least cost from origin to destination by enumerating every simple path over (place, mode) vertices:
    /// the independent reference for Dijkstra.
    /// </summary>
    public static double? BruteForce(TransitNetwork network, NodeId origin, NodeId destination, IReadOnlyCollection<TransportMode> modes, Func<Link, double> linkCost, Func<Terminal, double> transferCost)
    {
        var best = double.PositiveInfinity;
        var visited = new HashSet<(NodeId, TransportMode)>();

        void Walk(NodeId at, TransportMode mode, double cost)
        {
            if (at == destination)
            {
                best = Math.Min(best, cost);
                return;
            }

            foreach (var link in network.Links.Where(l => l.Mode == mode && l.Status.CarriesFreight() && (l.From == at || l.To == at)))
            {
                var next = link.From == at ? link.To : link.From;
                if (visited.Add((next, mode)))
                {
                    Walk(next, mode, cost + linkCost(link));
                    visited.Remove((next, mode));
                }
            }

            var other = mode == TransportMode.Rail ? TransportMode.Road : TransportMode.Rail;
            if (modes.Contains(other))
            {
                foreach (var terminal in network.Terminals.Where(t => t.Place == at))
                {
                    if (visited.Add((at, other)))
                    {
                        Walk(at, other, cost + transferCost(terminal));
                        visited.Remove((at, other));
                    }
                }
            }
        }

        foreach (var mode in modes)
        {
            visited.Clear();
            visited.Add((origin, mode));
            Walk(origin, mode, 0);
        }

        return double.IsPositiveInfinity(best) ? null : best;
    }
}
