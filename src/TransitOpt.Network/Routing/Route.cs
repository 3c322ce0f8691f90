using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace TransitOpt.Network.Routing;

/// <summary>The answer to a route query: the best route first, then genuinely different alternatives.</summary>
/// <param name="NetworkVersion">The network version the routes were found on.</param>
/// <param name="Routes">Routes, best first by the query's objective.</param>
public sealed record RouteResponse(NetworkVersion NetworkVersion, ImmutableArray<Route> Routes)
{
    /// <summary>
    /// Closures the best route goes around: the links and crossings that the route found as if nothing were ever closed
    /// would have met while closed (seasonal months, holidays, works), with the reason and source.
    /// </summary>
    public ImmutableArray<ClosureAvoided> ClosuresAvoided { get; init; } = [];
}

/// <summary>A link or crossing closed when the shipment would have reached it.</summary>
/// <param name="Id">The link's or crossing's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Day">The local day it would have been reached.</param>
/// <param name="Reason">Why it is closed then, with the source.</param>
public sealed record ClosureAvoided(string Id, string Name, DateOnly Day, string Reason);

/// <summary>One route of a <see cref="RouteResponse"/>.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="Summary">What sets it apart, e.g. <c>Rail via Saryagash–Keles and Kudukli–Pakhtaobod</c>.</param>
/// <param name="DistanceKm">Total length.</param>
/// <param name="DurationHours">Departure to arrival, all waiting, dwell, handling and rests included.</param>
/// <param name="Departure">When it leaves the origin.</param>
/// <param name="Arrival">When it reaches the destination.</param>
/// <param name="Cost">Money and value of time.</param>
/// <param name="Co2Kg">Well-to-wheel CO2e.</param>
/// <param name="BorderCrossings">Crossings passed, in order.</param>
/// <param name="Legs">Stretches of one mode between transshipments.</param>
/// <param name="Transshipments">Mode changes at terminals.</param>
/// <param name="SpeedKmh">CAREC's speed without delay (moving) and with delay (door to door).</param>
/// <param name="TimeCostDistance">UNESCAP time/cost–distance series: cumulative km, hours and USD at each point of note.</param>
/// <param name="Geometry">The route on the map, one line per link in travel order.</param>
/// <param name="ResourceUses">The daily capacities the route uses (crossings, single-track links, terminals), when and with how many vehicles.</param>
/// <param name="ObjectiveValue">The value of the query's objective for this route (USD or hours).</param>
public sealed record Route(
    int Rank,
    string Summary,
    double DistanceKm,
    double DurationHours,
    DateTimeOffset Departure,
    DateTimeOffset Arrival,
    RouteCost Cost,
    double Co2Kg,
    ImmutableArray<BorderPassage> BorderCrossings,
    ImmutableArray<RouteLeg> Legs,
    ImmutableArray<Transshipment> Transshipments,
    RouteSpeed SpeedKmh,
    ImmutableArray<TimeCostDistancePoint> TimeCostDistance,
    MultiLineString Geometry,
    ImmutableArray<ResourceUse> ResourceUses,
    double ObjectiveValue)
{
    /// <summary>What the route pays, line by line, each with its unit and rate (value of time aside).</summary>
    public ImmutableArray<CostLine> CostLines { get; init; } = [];

    /// <summary>The ETA if every crossing takes its median dwell.</summary>
    public DateTimeOffset ArrivalP50 => Arrival.AddHours(BorderCrossings.Sum(c => c.Delay.P50 - c.DwellHours));

    /// <summary>
    /// The ETA if every crossing takes its 90th-percentile dwell (a bad week: queues at the region's posts rise together
    /// in the grain season, so the percentiles are added, not pooled; later opening-hour waits are not re-timed).
    /// </summary>
    public DateTimeOffset ArrivalP90 => Arrival.AddHours(BorderCrossings.Sum(c => c.Delay.P90 - c.DwellHours));

    /// <summary>The modes the route uses, in order of first use.</summary>
    public IEnumerable<TransportMode> Modes => Legs.Select(l => l.Mode).Distinct();
}

/// <summary>What a route costs.</summary>
/// <param name="TransportUsd">Line haul by wagon-km or truck-km.</param>
/// <param name="BorderUsd">Border fees and charges.</param>
/// <param name="HandlingUsd">Transshipment at terminals.</param>
/// <param name="WagonUsd">Wagon provision: hire for the loaded days, the empty return and loading and unloading.</param>
/// <param name="TimeValueUsd">Value of time × duration.</param>
/// <param name="TotalUsd">All of the above.</param>
public sealed record RouteCost(double TransportUsd, double BorderUsd, double HandlingUsd, double WagonUsd, double TimeValueUsd, double TotalUsd)
{
    /// <summary>What is actually paid: everything but the value of time.</summary>
    public double MoneyUsd => TotalUsd - TimeValueUsd;

    /// <summary>A route's cost from its parts, the total summed in one fixed order.</summary>
    public static RouteCost Of(double transportUsd, double borderUsd, double handlingUsd, double wagonUsd, double timeValueUsd) =>
        new(transportUsd, borderUsd, handlingUsd, wagonUsd, timeValueUsd, transportUsd + borderUsd + handlingUsd + wagonUsd + timeValueUsd);
}

/// <summary>A border crossing on a route.</summary>
/// <param name="Id">The crossing.</param>
/// <param name="Name">Its name.</param>
/// <param name="FromCountry">Country left.</param>
/// <param name="ToCountry">Country entered.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="Arrival">When the shipment reaches it.</param>
/// <param name="WaitHours">Waiting for it to open.</param>
/// <param name="DwellHours">Dwell once open (queue, controls, gauge change) at the query's quantile.</param>
/// <param name="FeeUsd">Fees for all the shipment's vehicles.</param>
/// <param name="Delay">The dwell's median and 90th percentile on that day, in that direction.</param>
/// <param name="WaitReason">Why it waited (a closure with its source, the post's hours in local time, a later planning day), or null.</param>
public sealed record BorderPassage(
    CrossingId Id,
    string Name,
    CountryCode FromCountry,
    CountryCode ToCountry,
    TransportMode Mode,
    DateTimeOffset Arrival,
    double WaitHours,
    double DwellHours,
    double FeeUsd,
    DelayQuantiles Delay,
    string? WaitReason);

/// <summary>A stretch of one mode.</summary>
/// <param name="Mode">Rail or road.</param>
/// <param name="From">Where it starts.</param>
/// <param name="To">Where it ends.</param>
/// <param name="DistanceKm">Length.</param>
/// <param name="Departure">When it starts.</param>
/// <param name="Arrival">When it ends.</param>
/// <param name="CostUsd">Transport and border fees on it.</param>
/// <param name="Co2Kg">CO2e on it.</param>
/// <param name="Vehicles">Wagons or trucks used.</param>
/// <param name="Links">The links travelled.</param>
public sealed record RouteLeg(
    TransportMode Mode,
    NodeId From,
    NodeId To,
    double DistanceKm,
    DateTimeOffset Departure,
    DateTimeOffset Arrival,
    double CostUsd,
    double Co2Kg,
    int Vehicles,
    ImmutableArray<LinkId> Links)
{
    /// <summary>Where the leg's time goes.</summary>
    public LegHours Hours { get; init; } = new(0, 0, 0);
}

/// <summary>Where a leg's time goes.</summary>
/// <param name="Moving">Moving at the line's or road's speed (slower in winter on mountain links).</param>
/// <param name="Stops">Rail: marshalling yards (wagonload) or the railway's technical stops, crew and locomotive changes (block train); road: the driver's breaks and daily rests.</param>
/// <param name="Border">Waiting (a post's hours, a closure, a later planning day) and dwell at border crossings.</param>
public sealed record LegHours(double Moving, double Stops, double Border);

/// <summary>A change of mode at a terminal.</summary>
/// <param name="At">The place.</param>
/// <param name="Terminal">The terminal.</param>
/// <param name="FromMode">Mode before.</param>
/// <param name="ToMode">Mode after.</param>
/// <param name="Hours">Handling time.</param>
/// <param name="CostUsd">Handling cost.</param>
public sealed record Transshipment(NodeId At, TerminalId Terminal, TransportMode FromMode, TransportMode ToMode, double Hours, double CostUsd);

/// <summary>CAREC CPMM speeds.</summary>
/// <param name="WithoutDelay">Distance over moving time (SWOD).</param>
/// <param name="WithDelay">Distance over total time (SWD).</param>
public sealed record RouteSpeed(double WithoutDelay, double WithDelay);

/// <summary>A point of the UNESCAP time/cost–distance series.</summary>
/// <param name="At">The place.</param>
/// <param name="Event">What happens there: departure, border, transshipment, arrival.</param>
/// <param name="Km">Cumulative distance.</param>
/// <param name="Hours">Cumulative time.</param>
/// <param name="Usd">Cumulative money.</param>
public sealed record TimeCostDistancePoint(NodeId At, string Event, double Km, double Hours, double Usd);
