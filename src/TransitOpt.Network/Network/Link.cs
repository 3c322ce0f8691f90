using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace TransitOpt.Network;

/// <summary>A rail or road link between two places, usable in both directions.</summary>
/// <param name="Id">Stable id, e.g. <c>RAIL-ARYS-SHYMKENT</c>.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="From">The place the geometry starts at.</param>
/// <param name="To">The place the geometry ends at.</param>
/// <param name="Name">The line or road, e.g. <c>Turksib</c> or <c>M39</c>.</param>
/// <param name="Geometry">WGS84 line from <paramref name="From"/> to <paramref name="To"/>.</param>
/// <param name="LengthKm">Length along the line.</param>
/// <param name="SpeedKmh">Typical moving speed of a freight train or loaded truck.</param>
/// <param name="CapacityPerDay">Vehicles (wagons or trucks) per day in each direction.</param>
/// <param name="Status">Whether freight may use it.</param>
/// <param name="ClosedMonths">Months (1–12) of seasonal closure.</param>
/// <param name="Rail">Gauge, tracks and traction, for rail links.</param>
/// <param name="MaxGrossTonnes">Gross vehicle weight limit, for road links.</param>
/// <param name="Crossing">The border crossing the link passes, when its ends are in two countries.</param>
/// <param name="UsdPerVehicleKm">Transport cost per wagon-km or truck-km (link override or country tariff).</param>
/// <param name="BannedCargo">Cargo kinds not allowed on the link (e.g. hazardous in long tunnels).</param>
/// <param name="Source">Where the figures come from (keys of <c>data/SOURCES.md</c>).</param>
public sealed record Link(
    LinkId Id,
    TransportMode Mode,
    NodeId From,
    NodeId To,
    string Name,
    LineString Geometry,
    double LengthKm,
    double SpeedKmh,
    int CapacityPerDay,
    InfrastructureStatus Status,
    ImmutableArray<int> ClosedMonths,
    RailTrack? Rail,
    double? MaxGrossTonnes,
    CrossingId? Crossing,
    double UsdPerVehicleKm,
    ImmutableArray<Costs.CargoKind> BannedCargo,
    string Source)
{
    /// <summary>Moving time at the typical speed, in hours.</summary>
    public double RunningHours => LengthKm / SpeedKmh;

    /// <summary>Closures for given days (a scenario's works, an avalanche, a blockade), besides the seasonal months.</summary>
    public ImmutableArray<Closure> ClosedPeriods { get; init; } = [];

    /// <summary>The source of <see cref="ClosedMonths"/> (empty when there are none).</summary>
    public string ClosureSource { get; init; } = "";

    /// <summary>The railway tariff section the link belongs to (e.g. <c>sughd</c>); <c>main</c> unless the data says.</summary>
    public string TariffSection { get; init; } = MainSection;

    /// <summary>The tariff section of links that name none.</summary>
    public const string MainSection = "main";

    /// <summary>The winter slowdown of a mountain link, or null.</summary>
    public WinterSpeed? Winter { get; init; }

    /// <summary>Why the stated length is much longer than the drawn line (switchbacks, a published figure), or null.</summary>
    public string? LengthNote { get; init; }

    /// <summary>True when the link is closed on <paramref name="day"/>: by season or by a closed period.</summary>
    public bool IsClosedOn(DateOnly day) => ClosureCalendar.IsClosed(ClosedMonths, ClosedPeriods, day);

    /// <summary>Why the link is closed on <paramref name="day"/> (with the source), or null when it is open.</summary>
    public string? ClosureOn(DateOnly day) => ClosureCalendar.Why(ClosedMonths, ClosureSource, ClosedPeriods, day);

    /// <summary>Moving time on <paramref name="day"/>: the typical time, slower in winter on a mountain link.</summary>
    public double RunningHoursOn(DateOnly day) => Winter is { } winter ? RunningHours / winter.FactorOn(day) : RunningHours;
}

/// <summary>Track facts of a rail link.</summary>
/// <param name="GaugeMm">1520 (former Soviet) or 1435 (China) mm.</param>
/// <param name="Tracks">Number of main tracks.</param>
/// <param name="Electrified">Whether the line is electrified.</param>
public sealed record RailTrack(int GaugeMm, int Tracks, bool Electrified);
