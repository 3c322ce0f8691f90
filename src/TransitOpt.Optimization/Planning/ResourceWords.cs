using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Optimization.Planning;

/// <summary>Resources in a planner's words: what they are called and what one unit of their capacity is.</summary>
public static class ResourceWords
{
    /// <summary>"Saryagash–Keles (KZ→UZ)", "the Khavast–Bekabad section", "unloading at Kulob freight station", "transshipment at …".</summary>
    public static string Name(TransitNetwork network, ResourceKind kind, string id, ResourceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(network);
        return kind switch
        {
            ResourceKind.Crossing when network.TryGetCrossing(new CrossingId(id), out var crossing) =>
                $"{crossing.Name} ({(direction == ResourceDirection.AToB ? $"{crossing.SideA.Country}→{crossing.SideB.Country}" : $"{crossing.SideB.Country}→{crossing.SideA.Country}")})",
            ResourceKind.Link => $"the {network.Link(new LinkId(id)).Name} section",
            ResourceKind.Unloading => $"unloading at {TerminalName(network, id)}",
            _ => $"transshipment at {TerminalName(network, id)}",
        };
    }

    /// <summary>The unit of the resource's daily capacity: wagon, truck or vehicle-load.</summary>
    public static string Unit(TransitNetwork network, ResourceKind kind, string id)
    {
        ArgumentNullException.ThrowIfNull(network);
        return kind switch
        {
            ResourceKind.Crossing when network.TryGetCrossing(new CrossingId(id), out var crossing) => crossing.Mode == TransportMode.Rail ? "wagon" : "truck",
            ResourceKind.Link or ResourceKind.Unloading => "wagon",
            _ => "vehicle-load",
        };
    }

    private static string TerminalName(TransitNetwork network, string id) =>
        network.Terminals.FirstOrDefault(t => t.Id.Value == id)?.Name ?? id;
}
