using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A time-dependent, multi-label search (Martins' label-setting algorithm) over the compact graph. Each vertex keeps
/// the Pareto set of labels (hours, money, driver clock): with waiting allowed, arriving later never helps, so a label
/// no better in any of these is dropped without losing the optimum. Labels leave the heap in order of the objective's
/// scalar key plus a consistent lower bound of the key still to come (A*, <see cref="SearchContext.Bound"/>, and with
/// a deadline <see cref="SearchContext.LatenessBound"/>), so the first label to reach the destination is optimal up to
/// what only the arrival adds (the destination's unloading price). Buffers are
/// reused between queries; one instance per thread.
/// </summary>
internal sealed class RouteSearch
{
    private const double Epsilon = 1e-9;

    private readonly CompactGraph _graph;
    private readonly List<int>?[] _bucket;
    private readonly List<int> _touched = [];
    private readonly MinHeap _heap = new(1024);
    private readonly List<(int Edge, double Hours, double LowerKey)> _blocked = [];
    private readonly HashSet<int> _blockedEdges = [];
    private readonly List<double[]> _bounds = [];
    private Label[] _labels = new Label[1024];
    private int _labelCount;

    public RouteSearch(CompactGraph graph)
    {
        _graph = graph;
        _bucket = new List<int>?[graph.VertexCount];
    }

    /// <summary>
    /// The <paramref name="index"/>-th array of a bound per vertex for the restricted searches of one query: kept with
    /// this search and handed out again to the next query's, so that alternatives allocate no network-sized arrays.
    /// </summary>
    public double[] Bounds(int index)
    {
        while (_bounds.Count <= index)
        {
            _bounds.Add(new double[_graph.VertexCount]);
        }

        return _bounds[index];
    }

    /// <summary>The best path (edges, whole days waited before each, final state), or null when the destination cannot be reached.</summary>
    public FoundPath? Find(SearchContext context)
    {
        Reset();
        if (context.AllowRail)
        {
            Offer(CompactGraph.Vertex(context.Origin, TransportMode.Rail), -1, -1, 0, new SearchState(0, 0, DriverClock.Rested), context);
        }

        if (context.AllowRoad)
        {
            Offer(CompactGraph.Vertex(context.Origin, TransportMode.Road), -1, -1, 0, new SearchState(0, 0, DriverClock.Rested), context);
        }

        // An arrival adds lateness and the unloading's price, which the key foresees only in part (the lateness of the
        // least hours still to run): keep every arrival until no label left can beat the best arrival's full value.
        var best = -1;
        var bestFinal = double.PositiveInfinity;
        while (_heap.Count > 0)
        {
            var (key, id) = _heap.Pop();
            if (key >= bestFinal)
            {
                break;
            }

            ref var label = ref _labels[id];
            if (label.Dead)
            {
                continue;
            }

            label.Settled = true;
            var vertex = label.Vertex;
            if (CompactGraph.PlaceOf(vertex) == context.Destination)
            {
                var final = context.Key(label.State) + context.ArrivalPenalty(label.State, vertex);
                if (final < bestFinal)
                {
                    (best, bestFinal) = (id, final);
                }

                continue;
            }

            var state = label.State;
            for (var e = _graph.FirstEdge[vertex]; e < _graph.FirstEdge[vertex + 1]; e++)
            {
                if (!context.EdgeAllowed(e))
                {
                    continue;
                }

                var maxWait = context.MayWaitBefore(e) ? SearchContext.MaxWaitDays : 0;
                for (var wait = 0; wait <= maxWait; wait++)
                {
                    var traversed = context.TryAdvance(state, e, wait, out var after, out var waitedForClosure);
                    if (traversed)
                    {
                        Offer(_graph.Target[e], id, e, wait, after, context);
                    }

                    // Only the calendar makes a traversal fail or wait for a reopening: remember where, for the answer.
                    if (wait == 0 && context.Query.NoteClosures && (traversed ? waitedForClosure : context.HasCalendar(e)) && _blockedEdges.Add(e))
                    {
                        _blocked.Add((e, state.Hours, context.LowerKeyThrough(state, e)));
                    }
                }
            }
        }

        if (best < 0)
        {
            return null;
        }

        var (edges, waits) = Trace(best);
        return new FoundPath(edges, waits, _labels[best].State)
        {
            Blocked = [.. _blocked.Where(b => b.LowerKey < bestFinal).Select(b => (b.Edge, b.Hours))],
        };
    }

    private void Offer(int vertex, int parent, int edge, int waitDays, in SearchState state, SearchContext context)
    {
        var bound = context.Bound(vertex);
        if (double.IsPositiveInfinity(bound))
        {
            return;
        }

        var bucket = _bucket[vertex];
        if (bucket is null)
        {
            bucket = _bucket[vertex] = [];
        }

        if (bucket.Count == 0)
        {
            _touched.Add(vertex);
        }

        for (var i = bucket.Count - 1; i >= 0; i--)
        {
            ref var other = ref _labels[bucket[i]];
            if (Dominates(other.State, state))
            {
                return;
            }

            if (!other.Settled && Dominates(state, other.State))
            {
                other.Dead = true;
                bucket.RemoveAt(i);
            }
        }

        if (_labelCount == _labels.Length)
        {
            Array.Resize(ref _labels, _labels.Length * 2);
        }

        var id = _labelCount++;
        _labels[id] = new Label(vertex, parent, edge, waitDays, state);
        bucket.Add(id);
        _heap.Push(context.Key(state) + bound + context.LatenessBound(state, vertex), id);
    }

    private static bool Dominates(in SearchState a, in SearchState b) =>
        a.Hours <= b.Hours + Epsilon
        && a.Money <= b.Money + Epsilon
        && a.Driver.DrivenToday <= b.Driver.DrivenToday + Epsilon
        && a.Driver.SinceBreak <= b.Driver.SinceBreak + Epsilon;

    private (List<int> Edges, List<int> WaitDays) Trace(int id)
    {
        var edges = new List<int>();
        var waits = new List<int>();
        for (var l = id; _labels[l].Parent >= 0; l = _labels[l].Parent)
        {
            edges.Add(_labels[l].Edge);
            waits.Add(_labels[l].WaitDays);
        }

        edges.Reverse();
        waits.Reverse();
        return (edges, waits);
    }

    private void Reset()
    {
        foreach (var vertex in _touched)
        {
            _bucket[vertex]!.Clear();
        }

        _touched.Clear();
        _blocked.Clear();
        _blockedEdges.Clear();
        _heap.Clear();
        _labelCount = 0;
    }

    private struct Label(int vertex, int parent, int edge, int waitDays, SearchState state)
    {
        public readonly int Vertex = vertex;
        public readonly int Parent = parent;
        public readonly int Edge = edge;
        public readonly int WaitDays = waitDays;
        public readonly SearchState State = state;
        public bool Settled;
        public bool Dead;
    }
}

/// <summary>A path found by <see cref="RouteSearch"/>: its edges, the whole days waited before each, and the final state.</summary>
internal sealed record FoundPath(List<int> Edges, List<int> WaitDays, SearchState Final)
{
    /// <summary>
    /// Edges the search found closed by the calendar (longer than it may wait) on the way of a label that could have led
    /// to a route at least as good as the one found: the closures the route goes around, with the hours they were met.
    /// </summary>
    public List<(int Edge, double Hours)> Blocked { get; init; } = [];
}
