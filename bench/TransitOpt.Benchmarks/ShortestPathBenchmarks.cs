using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms;
using TransitOpt.Network;
using TransitOpt.Network.Graph;

namespace TransitOpt.Benchmarks;

/// <summary>
/// One-to-one shortest rail path by distance on the bundled network (Almaty to Dushanbe): our compact-graph Dijkstra
/// against QuikGraph's Dijkstra on the same vertices and edges, as a .NET developer would call it (baseline).
/// </summary>
[MemoryDiagnoser]
public class ShortestPathBenchmarks
{
    private static readonly TransportMode[] Rail = [TransportMode.Rail];
    private ShortestPathSearch _search = null!;
    private AdjacencyGraph<int, TaggedEdge<int, double>> _quik = null!;
    private NodeId _origin;
    private NodeId _destination;
    private int _originVertex;
    private int _destinationVertex;

    [GlobalSetup]
    public void Setup()
    {
        var network = BundledNetwork.Load();
        var graph = network.Graph;
        _search = graph.CreateSearch();
        _origin = network.FindPlaces("Almaty").Single().Id;
        _destination = network.FindPlaces("Dushanbe").Single().Id;
        _originVertex = CompactGraph.Vertex(graph.IndexOf(_origin), TransportMode.Rail);
        _destinationVertex = CompactGraph.Vertex(graph.IndexOf(_destination), TransportMode.Rail);
        _quik = new AdjacencyGraph<int, TaggedEdge<int, double>>();
        _quik.AddVertexRange(Enumerable.Range(0, graph.VertexCount));
        for (var v = 0; v < graph.VertexCount; v++)
        {
            for (var e = graph.FirstEdge[v]; e < graph.FirstEdge[v + 1]; e++)
            {
                if (graph.Kind[e] == EdgeKind.Rail)
                {
                    _quik.AddEdge(new TaggedEdge<int, double>(v, graph.Target[e], graph.LengthKm[e]));
                }
            }
        }

        var ours = _search.Find(_origin, _destination, Rail, PathMetric.Distance)!.DistanceKm;
        var theirs = QuikGraphDistance();
        if (Math.Abs(ours - theirs) > 1e-6)
        {
            throw new InvalidOperationException($"The two searches disagree: {ours} km against {theirs} km.");
        }
    }

    [Benchmark(Baseline = true, Description = "QuikGraph Dijkstra")]
    public double QuikGraphDistance()
    {
        var paths = _quik.ShortestPathsDijkstra(e => e.Tag, _originVertex);
        return paths(_destinationVertex, out var path) ? path.Sum(e => e.Tag) : double.NaN;
    }

    [Benchmark(Description = "TransitOpt compact graph")]
    public double CompactGraphDistance() => _search.Find(_origin, _destination, Rail, PathMetric.Distance)!.DistanceKm;
}
