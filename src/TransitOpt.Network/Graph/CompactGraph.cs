using System.Collections.Frozen;

namespace TransitOpt.Network.Graph;

/// <summary>
/// The network as flat arrays (compressed sparse rows) for fast searches, built once per network version.
/// Each place has one vertex per mode (rail, road); a link gives two directed edges in its mode's layer, and a
/// terminal gives transfer edges between the rail and road vertex of its place. Only links and crossings that carry
/// freight in the base network (open or restricted) are included.
/// </summary>
public sealed partial class CompactGraph
{
    /// <summary>Vertices per place: one for rail, one for road.</summary>
    internal const int Layers = 2;

    private readonly FrozenDictionary<NodeId, int> _placeIndex;

    private CompactGraph(
        TransitNetwork network,
        int[] firstEdge,
        int[] target,
        double[] lengthKm,
        double[] hours,
        int[] link,
        int[] crossing,
        int[] terminal,
        int[] source,
        EdgeKind[] kind)
    {
        Network = network;
        FirstEdge = firstEdge;
        Target = target;
        LengthKm = lengthKm;
        Hours = hours;
        LinkIndex = link;
        CrossingIndex = crossing;
        TerminalIndex = terminal;
        Source = source;
        Kind = kind;
        (FirstIncoming, Incoming) = BuildIncoming(firstEdge.Length - 1, target);
        _placeIndex = network.Places.Select((p, i) => (p.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
    }

    /// <summary>The network this graph was built from.</summary>
    public TransitNetwork Network { get; }

    /// <summary>Number of places.</summary>
    public int PlaceCount => Network.Places.Length;

    /// <summary>Number of vertices (places × modes).</summary>
    public int VertexCount => FirstEdge.Length - 1;

    /// <summary>Number of directed edges.</summary>
    public int EdgeCount => Target.Length;

    /// <summary>Edges of vertex v are <c>FirstEdge[v] .. FirstEdge[v + 1] - 1</c>.</summary>
    internal int[] FirstEdge { get; }

    /// <summary>The vertex each edge leads to.</summary>
    internal int[] Target { get; }

    /// <summary>Edge length in km (0 for transfers).</summary>
    internal double[] LengthKm { get; }

    /// <summary>Edge time in hours: running time, plus the crossing's dwell in that direction, or terminal handling.</summary>
    internal double[] Hours { get; }

    /// <summary>Index into <see cref="TransitNetwork.Links"/>, or -1 for a transfer.</summary>
    internal int[] LinkIndex { get; }

    /// <summary>Index into <see cref="TransitNetwork.Crossings"/>, or -1 when the edge crosses no border.</summary>
    internal int[] CrossingIndex { get; }

    /// <summary>Index into <see cref="TransitNetwork.Terminals"/> for a transfer, or -1.</summary>
    internal int[] TerminalIndex { get; }

    /// <summary>The vertex each edge leaves from.</summary>
    internal int[] Source { get; }

    /// <summary>What each edge is.</summary>
    internal EdgeKind[] Kind { get; }

    /// <summary>Edges into vertex v are <c>Incoming[FirstIncoming[v] .. FirstIncoming[v + 1] - 1]</c> (edge indices).</summary>
    internal int[] FirstIncoming { get; }

    /// <summary>Edge indices grouped by target vertex, for backward searches.</summary>
    internal int[] Incoming { get; }

    /// <summary>The vertex of a place in a mode's layer.</summary>
    public static int Vertex(int placeIndex, TransportMode mode) => (placeIndex * Layers) + (int)mode;

    /// <summary>The place index of a vertex.</summary>
    public static int PlaceOf(int vertex) => vertex / Layers;

    /// <summary>The mode layer of a vertex.</summary>
    public static TransportMode ModeOf(int vertex) => (TransportMode)(vertex % Layers);

    /// <summary>The index of a place, or -1 when the network has no such place.</summary>
    public int IndexOf(NodeId id) => _placeIndex.TryGetValue(id, out var index) ? index : -1;

    private static (int[] First, int[] Edges) BuildIncoming(int vertexCount, int[] target)
    {
        var first = new int[vertexCount + 1];
        foreach (var t in target)
        {
            first[t + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            first[v + 1] += first[v];
        }

        var next = (int[])first.Clone();
        var edges = new int[target.Length];
        for (var e = 0; e < target.Length; e++)
        {
            edges[next[target[e]]++] = e;
        }

        return (first, edges);
    }

    /// <summary>A new search over this graph; it reuses its buffers across queries, so use one per thread.</summary>
    public ShortestPathSearch CreateSearch() => new(this);
}

/// <summary>What a directed edge of the compact graph stands for.</summary>
public enum EdgeKind : byte
{
    /// <summary>Along a rail link.</summary>
    Rail,

    /// <summary>Along a road link.</summary>
    Road,

    /// <summary>Transshipment between rail and road at a terminal.</summary>
    Transfer,
}
