namespace TransitOpt.Network.Graph;

public sealed partial class CompactGraph
{
    /// <summary>Builds the arrays from the network (counting sort of edges by source vertex).</summary>
    internal static CompactGraph Build(TransitNetwork network)
    {
        var placeIndex = network.Places.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var crossingIndex = network.Crossings.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var edges = new List<PendingEdge>();
        for (var l = 0; l < network.Links.Length; l++)
        {
            var link = network.Links[l];
            if (!link.Status.CarriesFreight())
            {
                continue;
            }

            var c = link.Crossing is { } id ? crossingIndex[id] : -1;
            if (c >= 0 && !network.Crossings[c].Status.CarriesFreight())
            {
                continue;
            }

            var from = placeIndex[link.From];
            var to = placeIndex[link.To];
            var kind = link.Mode == TransportMode.Rail ? EdgeKind.Rail : EdgeKind.Road;
            edges.Add(new PendingEdge(Vertex(from, link.Mode), Vertex(to, link.Mode), link.LengthKm, link.RunningHours + Dwell(network, c, link.From), l, c, -1, kind));
            edges.Add(new PendingEdge(Vertex(to, link.Mode), Vertex(from, link.Mode), link.LengthKm, link.RunningHours + Dwell(network, c, link.To), l, c, -1, kind));
        }

        for (var t = 0; t < network.Terminals.Length; t++)
        {
            var terminal = network.Terminals[t];
            var place = placeIndex[terminal.Place];
            var rail = Vertex(place, TransportMode.Rail);
            var road = Vertex(place, TransportMode.Road);
            edges.Add(new PendingEdge(rail, road, 0, terminal.HandlingHours, -1, -1, t, EdgeKind.Transfer));
            edges.Add(new PendingEdge(road, rail, 0, terminal.HandlingHours, -1, -1, t, EdgeKind.Transfer));
        }

        var vertexCount = network.Places.Length * Layers;
        var firstEdge = new int[vertexCount + 1];
        foreach (var edge in edges)
        {
            firstEdge[edge.Source + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            firstEdge[v + 1] += firstEdge[v];
        }

        var next = (int[])firstEdge.Clone();
        var target = new int[edges.Count];
        var lengthKm = new double[edges.Count];
        var hours = new double[edges.Count];
        var linkOf = new int[edges.Count];
        var crossing = new int[edges.Count];
        var terminalOf = new int[edges.Count];
        var sourceOf = new int[edges.Count];
        var kinds = new EdgeKind[edges.Count];
        foreach (var edge in edges)
        {
            var slot = next[edge.Source]++;
            target[slot] = edge.Target;
            lengthKm[slot] = edge.LengthKm;
            hours[slot] = edge.Hours;
            linkOf[slot] = edge.Link;
            crossing[slot] = edge.Crossing;
            terminalOf[slot] = edge.Terminal;
            sourceOf[slot] = edge.Source;
            kinds[slot] = edge.Kind;
        }

        return new CompactGraph(network, firstEdge, target, lengthKm, hours, linkOf, crossing, terminalOf, sourceOf, kinds);
    }

    private static double Dwell(TransitNetwork network, int crossing, NodeId enteringFrom) =>
        crossing < 0 ? 0 : network.Crossings[crossing].DwellHours.From(network.Crossings[crossing].SideA.Place == enteringFrom);

    private readonly record struct PendingEdge(int Source, int Target, double LengthKm, double Hours, int Link, int Crossing, int Terminal, EdgeKind Kind);
}
