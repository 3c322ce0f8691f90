using TransitOpt.Network.Routing;

namespace TransitOpt.Network;

/// <summary>The network's part that route queries share.</summary>
public sealed partial class TransitNetwork
{
    private RoutingTables? _routingTables;

    /// <summary>What every route query on this network shares, compiled on first use.</summary>
    internal RoutingTables RoutingTables => Volatile.Read(ref _routingTables) ?? CompileRoutingTables();

    /// <summary>Compiles the tables once (a separate method: the getter, read per edge of a route report, allocates nothing).</summary>
    private RoutingTables CompileRoutingTables() => LazyInitializer.EnsureInitialized(ref _routingTables, () => new RoutingTables(Graph));
}
