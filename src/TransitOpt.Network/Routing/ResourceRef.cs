namespace TransitOpt.Network.Routing;

/// <summary>What kind of capacity a shipment uses.</summary>
public enum ResourceKind
{
    /// <summary>A border crossing point, per direction.</summary>
    Crossing,

    /// <summary>A capacity-limited link (a single-track rail section), per direction.</summary>
    Link,

    /// <summary>A terminal's transfer capacity, both directions together.</summary>
    Terminal,

    /// <summary>A destination station's receiving and unloading capacity, in loaded wagons a day.</summary>
    Unloading,
}

/// <summary>Which way a resource is used.</summary>
public enum ResourceDirection
{
    /// <summary>From side A to side B (crossings) or from <c>from</c> to <c>to</c> (links).</summary>
    AToB,

    /// <summary>The other way.</summary>
    BToA,

    /// <summary>Either way (terminals).</summary>
    Both,
}

/// <summary>One daily capacity of the network: a crossing or link in one direction, or a terminal.</summary>
/// <param name="Kind">Crossing, link or terminal.</param>
/// <param name="Id">The crossing's, link's or terminal's id.</param>
/// <param name="Direction">The direction used.</param>
public readonly record struct ResourceRef(ResourceKind Kind, string Id, ResourceDirection Direction)
{
    /// <summary>Rail sections at or below this many wagons a day can bind whatever their tracks (a scenario's reduction).</summary>
    public const int BindingRailCapacity = 1_500;

    /// <summary>
    /// True for links whose daily capacity can bind: single-track rail sections, and rail sections reduced to at most
    /// <see cref="BindingRailCapacity"/> wagons a day. Crossings and terminals always can; road links do not (the
    /// borders, not the roads, are the corridor's bottleneck).
    /// </summary>
    public static bool IsCapacityLimited(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Rail is { } rail && (rail.Tracks == 1 || link.CapacityPerDay <= BindingRailCapacity);
    }

    /// <summary>The unloading capacity of the station at <paramref name="place"/>, or null when the data sets none.</summary>
    public static ResourceRef? UnloadingAt(TransitNetwork network, NodeId place)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Terminals.FirstOrDefault(t => t.Place == place && t.UnloadingWagonsPerDay is not null) is { } terminal
            ? new ResourceRef(ResourceKind.Unloading, terminal.Id.Value, ResourceDirection.Both)
            : null;
    }

    /// <summary>The vehicles per day the resource takes.</summary>
    public int Capacity(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var id = Id;
        return Kind switch
        {
            ResourceKind.Crossing => network.Crossing(new CrossingId(Id)).CapacityPerDay.From(Direction == ResourceDirection.AToB),
            ResourceKind.Link => network.Link(new LinkId(Id)).CapacityPerDay,
            ResourceKind.Unloading => network.Terminals.Single(t => t.Id.Value == id).UnloadingWagonsPerDay ?? int.MaxValue,
            _ => network.Terminals.Single(t => t.Id.Value == id).CapacityPerDay,
        };
    }

    /// <summary><c>crossing:BCP-SARYAGASH-KELES-RAIL:aToB</c>.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}:{Id}:{(Direction == ResourceDirection.AToB ? "aToB" : Direction == ResourceDirection.BToA ? "bToA" : "both")}";
}

/// <summary>A route's use of one resource: when it enters it and with how many vehicles.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="At">When the route enters it (after any wait for opening).</param>
/// <param name="Vehicles">Wagons or trucks.</param>
public sealed record ResourceUse(ResourceRef Resource, DateTimeOffset At, int Vehicles);
