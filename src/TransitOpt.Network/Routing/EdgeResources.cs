using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>The daily capacities an edge of the compact graph consumes.</summary>
internal static class EdgeResources
{
    /// <summary>
    /// A crossing edge uses its crossing in the direction of travel; an edge along a capacity-limited link uses the
    /// link in that direction; a transfer uses its terminal.
    /// </summary>
    public static IEnumerable<ResourceRef> Of(CompactGraph graph, int edge)
    {
        var network = graph.Network;
        var from = network.Places[CompactGraph.PlaceOf(graph.Source[edge])].Id;
        if (graph.Kind[edge] == EdgeKind.Transfer)
        {
            yield return new ResourceRef(ResourceKind.Terminal, network.Terminals[graph.TerminalIndex[edge]].Id.Value, ResourceDirection.Both);
            yield break;
        }

        if (graph.CrossingIndex[edge] is var c and >= 0)
        {
            var crossing = network.Crossings[c];
            yield return new ResourceRef(ResourceKind.Crossing, crossing.Id.Value, crossing.SideA.Place == from ? ResourceDirection.AToB : ResourceDirection.BToA);
        }

        var link = network.Links[graph.LinkIndex[edge]];
        if (ResourceRef.IsCapacityLimited(link))
        {
            yield return new ResourceRef(ResourceKind.Link, link.Id.Value, link.From == from ? ResourceDirection.AToB : ResourceDirection.BToA);
        }
    }
}
