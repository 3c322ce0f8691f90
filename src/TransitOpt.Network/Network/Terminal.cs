namespace TransitOpt.Network;

/// <summary>What kind of terminal cargo is handled at.</summary>
public enum TerminalKind
{
    /// <summary>An inland container and bulk terminal.</summary>
    DryPort,

    /// <summary>A freight station with road access and handling.</summary>
    FreightStation,

    /// <summary>A Caspian sea port.</summary>
    SeaPort,

    /// <summary>A break-of-gauge transshipment yard at the Chinese border.</summary>
    GaugeChange,
}

/// <summary>A place where cargo changes between rail and road, or between gauges.</summary>
/// <param name="Id">Stable id, e.g. <c>TERM-DOSTYK</c>.</param>
/// <param name="Place">The place it stands at.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of terminal it is.</param>
/// <param name="HandlingHours">Typical time to transfer one consignment.</param>
/// <param name="HandlingUsdPerVehicle">Handling cost per wagon or truck transferred.</param>
/// <param name="CapacityPerDay">Vehicles transferred per day.</param>
/// <param name="GaugeChange">True where it transfers between 1520 and 1435 mm.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record Terminal(
    TerminalId Id,
    NodeId Place,
    string Name,
    TerminalKind Kind,
    double HandlingHours,
    double HandlingUsdPerVehicle,
    int CapacityPerDay,
    bool GaugeChange,
    string Source)
{
    /// <summary>Loaded wagons a day the station can receive and unload (a destination's limit), or null when not limiting.</summary>
    public int? UnloadingWagonsPerDay { get; init; }
}
