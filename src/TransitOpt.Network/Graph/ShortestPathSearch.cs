using System.Collections.Immutable;

namespace TransitOpt.Network.Graph;

/// <summary>
/// Dijkstra's algorithm over a <see cref="CompactGraph"/>, by distance or time, restricted to some modes. Buffers are
/// kept between queries (a generation stamp marks which entries are current), so a query allocates only its result.
/// Not thread-safe: create one per thread with <see cref="CompactGraph.CreateSearch"/>.
/// </summary>
public sealed class ShortestPathSearch
{
    private readonly CompactGraph _graph;
    private readonly double[] _cost;
    private readonly int[] _previousEdge;
    private readonly int[] _previousVertex;
    private readonly int[] _stamp;
    private readonly bool[] _settled;
    private readonly MinHeap _heap;
    private int _generation;

    internal ShortestPathSearch(CompactGraph graph)
    {
        _graph = graph;
        _cost = new double[graph.VertexCount];
        _previousEdge = new int[graph.VertexCount];
        _previousVertex = new int[graph.VertexCount];
        _stamp = new int[graph.VertexCount];
        _settled = new bool[graph.VertexCount];
        _heap = new MinHeap(graph.VertexCount);
    }

    /// <summary>
    /// The shortest path from <paramref name="origin"/> to <paramref name="destination"/> using only
    /// <paramref name="modes"/> (changing mode only at terminals), or null when there is none.
    /// </summary>
    /// <exception cref="ArgumentException">An id is not a place of the network, or no mode is given.</exception>
    public NetworkPath? Find(NodeId origin, NodeId destination, IReadOnlyCollection<TransportMode> modes, PathMetric metric)
    {
        ArgumentNullException.ThrowIfNull(modes);
        var from = RequirePlace(origin, nameof(origin));
        var to = RequirePlace(destination, nameof(destination));
        if (modes.Count == 0)
        {
            throw new ArgumentException("At least one mode is needed.", nameof(modes));
        }

        var allowRail = modes.Contains(TransportMode.Rail);
        var allowRoad = modes.Contains(TransportMode.Road);
        var weights = metric == PathMetric.Distance ? _graph.LengthKm : _graph.Hours;
        Start(from, allowRail, allowRoad);
        while (_heap.Count > 0)
        {
            var (cost, vertex) = _heap.Pop();
            if (_settled[vertex] || cost > _cost[vertex])
            {
                continue;
            }

            _settled[vertex] = true;
            if (CompactGraph.PlaceOf(vertex) == to)
            {
                return Trace(origin, destination, vertex);
            }

            for (var e = _graph.FirstEdge[vertex]; e < _graph.FirstEdge[vertex + 1]; e++)
            {
                var kind = _graph.Kind[e];
                if ((kind == EdgeKind.Rail && !allowRail) || (kind == EdgeKind.Road && !allowRoad)
                    || (kind == EdgeKind.Transfer && !(allowRail && allowRoad)))
                {
                    continue;
                }

                Relax(vertex, e, cost + weights[e]);
            }
        }

        return null;
    }

    /// <summary>The places reachable from <paramref name="origin"/> with these modes (changing mode only at terminals).</summary>
    public IReadOnlySet<NodeId> Reachable(NodeId origin, IReadOnlyCollection<TransportMode> modes)
    {
        ArgumentNullException.ThrowIfNull(modes);
        var reached = new HashSet<NodeId>();
        ExploreAll(RequirePlace(origin, nameof(origin)), modes.Contains(TransportMode.Rail), modes.Contains(TransportMode.Road));
        for (var v = 0; v < _graph.VertexCount; v++)
        {
            if (_stamp[v] == _generation)
            {
                reached.Add(_graph.Network.Places[CompactGraph.PlaceOf(v)].Id);
            }
        }

        return reached;
    }

    private void ExploreAll(int from, bool allowRail, bool allowRoad)
    {
        Start(from, allowRail, allowRoad);
        while (_heap.Count > 0)
        {
            var (cost, vertex) = _heap.Pop();
            if (_settled[vertex])
            {
                continue;
            }

            _settled[vertex] = true;
            for (var e = _graph.FirstEdge[vertex]; e < _graph.FirstEdge[vertex + 1]; e++)
            {
                var kind = _graph.Kind[e];
                if ((kind == EdgeKind.Rail && allowRail) || (kind == EdgeKind.Road && allowRoad)
                    || (kind == EdgeKind.Transfer && allowRail && allowRoad))
                {
                    Relax(vertex, e, cost + _graph.LengthKm[e]);
                }
            }
        }
    }

    private void Start(int place, bool allowRail, bool allowRoad)
    {
        _generation++;
        _heap.Clear();
        if (allowRail)
        {
            Seed(CompactGraph.Vertex(place, TransportMode.Rail));
        }

        if (allowRoad)
        {
            Seed(CompactGraph.Vertex(place, TransportMode.Road));
        }
    }

    private void Seed(int vertex)
    {
        _stamp[vertex] = _generation;
        _cost[vertex] = 0;
        _previousEdge[vertex] = -1;
        _settled[vertex] = false;
        _heap.Push(0, vertex);
    }

    private void Relax(int vertex, int edge, double candidate)
    {
        var next = _graph.Target[edge];
        if (_stamp[next] != _generation)
        {
            _stamp[next] = _generation;
            _settled[next] = false;
        }
        else if (_settled[next] || candidate >= _cost[next])
        {
            return;
        }

        _cost[next] = candidate;
        _previousEdge[next] = edge;
        _previousVertex[next] = vertex;
        _heap.Push(candidate, next);
    }

    private int RequirePlace(NodeId id, string parameter)
    {
        var index = _graph.IndexOf(id);
        return index >= 0 ? index : throw new ArgumentException($"'{id}' is not a place of the network.", parameter);
    }

    private NetworkPath Trace(NodeId origin, NodeId destination, int end)
    {
        var network = _graph.Network;
        var edges = new List<(int Edge, int From)>();
        for (var v = end; _previousEdge[v] >= 0; v = _previousVertex[v])
        {
            edges.Add((_previousEdge[v], _previousVertex[v]));
        }

        edges.Reverse();
        var steps = ImmutableArray.CreateBuilder<PathStep>(edges.Count);
        var crossings = ImmutableArray.CreateBuilder<CrossingPassage>();
        double km = 0, hours = 0;
        foreach (var (edge, fromVertex) in edges)
        {
            var from = network.Places[CompactGraph.PlaceOf(fromVertex)];
            var to = network.Places[CompactGraph.PlaceOf(_graph.Target[edge])];
            var linkIndex = _graph.LinkIndex[edge];
            LinkId? link = linkIndex >= 0 ? network.Links[linkIndex].Id : null;
            steps.Add(new PathStep(from.Id, to.Id, _graph.Kind[edge], link, _graph.LengthKm[edge], _graph.Hours[edge]));
            km += _graph.LengthKm[edge];
            hours += _graph.Hours[edge];
            if (_graph.CrossingIndex[edge] is var c and >= 0)
            {
                var crossing = network.Crossings[c];
                var fromSideA = crossing.SideA.Place == from.Id;
                crossings.Add(new CrossingPassage(
                    crossing.Id, crossing.Name, from.Country, to.Country, crossing.Mode,
                    crossing.DwellHours.From(fromSideA), crossing.FeeUsd.From(fromSideA)));
            }
        }

        return new NetworkPath(origin, destination, steps.ToImmutable(), km, hours, crossings.ToImmutable());
    }
}
