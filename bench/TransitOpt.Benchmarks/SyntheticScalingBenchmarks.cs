using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using TransitOpt.Network;
using TransitOpt.Network.Graph;

namespace TransitOpt.Benchmarks;

/// <summary>
/// How a one-to-one search grows with the graph: square road grids of about 10 thousand, 100 thousand and 1 million
/// directed edges, corner to corner (the search settles nearly every vertex). Allocation per query stays the size of
/// the result path, whatever the number of edges relaxed.
/// </summary>
[MemoryDiagnoser]
public class SyntheticScalingBenchmarks
{
    private static readonly TransportMode[] Road = [TransportMode.Road];
    private ShortestPathSearch _search = null!;
    private NodeId _origin;
    private NodeId _destination;

    /// <summary>Directed edges in the grid (a side of n places has about 4 n² directed edges).</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Edges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var side = (int)Math.Sqrt(Edges / 4.0);
        var network = Grid(side);
        _search = network.Graph.CreateSearch();
        _origin = network.Places[0].Id;
        _destination = network.Places[^1].Id;
    }

    [Benchmark]
    public double CornerToCorner() => _search.Find(_origin, _destination, Road, PathMetric.Distance)!.DistanceKm;

    /// <summary>A side × side grid of places in Kazakhstan joined by road links of pseudo-random length.</summary>
    private static TransitNetwork Grid(int side)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var kz = new CountryCode("KZ");
        var random = new Random(42);
        var places = ImmutableArray.CreateBuilder<Place>(side * side);
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var point = factory.CreatePoint(new Coordinate(60 + (column * 20.0 / side), 42 + (row * 10.0 / side)));
                places.Add(new Place(new NodeId($"KZ-G{row}-{column}"), $"G{row}-{column}", [], PlaceKind.Waypoint, kz, point, "synthetic"));
            }
        }

        var links = ImmutableArray.CreateBuilder<Link>(2 * side * side);
        var all = places.ToImmutable();
        void Add(int a, int b)
        {
            var line = factory.CreateLineString([all[a].Location.Coordinate, all[b].Location.Coordinate]);
            links.Add(new Link(
                new LinkId($"L{links.Count}"), TransportMode.Road, all[a].Id, all[b].Id, "synthetic", line,
                10 + random.Next(90), 60, 1000, InfrastructureStatus.Open, [], null, 44, null, 1, [], "synthetic"));
        }

        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var here = (row * side) + column;
                if (column + 1 < side)
                {
                    Add(here, here + 1);
                }

                if (row + 1 < side)
                {
                    Add(here, here + side);
                }
            }
        }

        return new TransitNetwork(
            new NetworkVersion($"grid-{side}"), [new Country(kz, "Kazakhstan", TimeSpan.FromHours(5), "EAEU", [], "synthetic")],
            all, links.ToImmutable(), [], [], [], ImmutableDictionary<TransportMode, VehicleType>.Empty, [], new TransitOpt.Network.Costs.RailOperations(0, 1, "synthetic"));
    }
}
