using TransitOpt.Network;
using TransitOpt.Network.Costs;

namespace TransitOpt.Optimization.Planning;

/// <summary>One shipment to plan.</summary>
/// <param name="Id">The shipper's reference, unique in the problem.</param>
/// <param name="Origin">Where it is ready.</param>
/// <param name="Destination">Where it goes.</param>
/// <param name="Cargo">What and how much.</param>
/// <param name="Ready">The first day it may leave.</param>
/// <param name="Due">The day it should arrive; later arrival costs lateness.</param>
/// <param name="UnservedPenaltyUsd">What leaving the whole shipment unserved costs; null for the default.</param>
public sealed record ShipmentRequest(
    string Id,
    NodeId Origin,
    NodeId Destination,
    Cargo Cargo,
    DateOnly Ready,
    DateOnly Due,
    double? UnservedPenaltyUsd = null)
{
    /// <summary>The country its trucks are registered in (bilateral posts admit only their two countries'); null means the origin's.</summary>
    public CountryCode? VehicleRegistration { get; init; }

    /// <summary>What it is for railway tariffs and wagon type; null means what its cargo kind suggests.</summary>
    public Commodity? Commodity { get; init; }

    /// <summary>The modes this shipment may use (within the plan's <see cref="PlanOptions.Modes"/>); null means the plan's.</summary>
    public IReadOnlySet<TransportMode>? Modes { get; init; }
}

/// <summary>Many shipments to plan together over a horizon of days against shared daily capacities.</summary>
/// <param name="Shipments">The shipments.</param>
/// <param name="Start">Day 0 of the horizon.</param>
/// <param name="HorizonDays">Days planned; departures fall in [Start, Start + HorizonDays).</param>
public sealed record PlanProblem(IReadOnlyList<ShipmentRequest> Shipments, DateOnly Start, int HorizonDays);

/// <summary>How the planner runs.</summary>
public sealed record PlanOptions
{
    /// <summary>Wall-clock budget for the whole solve; the best plan found by then is returned with its status.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Cost of one vehicle-load (lot) arriving one day after its due day (estimate: wagon or truck hire plus a late-delivery charge).</summary>
    public double LatenessUsdPerLotDay { get; init; } = 150;

    /// <summary>Default penalty per lot left unserved when a shipment names none (estimate: a margin and contract penalty well above any transport cost).</summary>
    public double DefaultUnservedUsdPerLot { get; init; } = 20_000;

    /// <summary>The modes shipments may use (default both; mode changes only at terminals).</summary>
    public IReadOnlySet<TransportMode> Modes { get; init; } = new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road };

    /// <summary>The border delay quantile shipments are planned to (P90: due dates hold in a bad week).</summary>
    public EtaQuantile EtaQuantile { get; init; } = EtaQuantile.P50;

    /// <summary>
    /// Column generation stops once the master LP is within this share of a proven lower bound (default 0.2 %): the last
    /// rounds of column generation add a few columns each and barely move the LP (tailing off), while the plan's gap is
    /// reported against the proven bound either way. When the best whole-vehicle plan already in hand (greedy, the LP's
    /// rounding, a scenario's baseline) is within this share of the bound, the integer solve only polishes it, for a
    /// quarter of the time spent so far (at least 3 s; as long again when that plan leaves more lots unserved than greedy;
    /// under a <see cref="WorkLimit"/>, until its node limit, so that the plan stays the same on any machine).
    /// </summary>
    public double TargetGap { get; init; } = 0.002;

    /// <summary>
    /// When set, rail itineraries are timed on a grid of this step from the 08:00 departure (each rail link hands the
    /// wagons on at the next whole step; see <see cref="TransitOpt.Network.Routing.RouteQuery.TimeStep"/>), the timing
    /// the monolithic MIP reference is compared on; null (the default) times every link exactly.
    /// </summary>
    public TimeSpan? TimeStep { get; init; }

    /// <summary>Column generation rounds at most.</summary>
    public int MaxIterations { get; init; } = 30;

    /// <summary>
    /// A deterministic work limit, or null: route searches the planner may run (greedy, pricing and enrichment share
    /// it in the proportions they share the clock: half, four fifths, and the rest) and branch-and-bound nodes the
    /// integer solve may explore. Phases stop on this count as well as on the clock, so when it binds first the same
    /// request gives the same plan on any machine; <see cref="TimeLimit"/> stays the safety net.
    /// </summary>
    public int? WorkLimit { get; init; }

    /// <summary>Where progress goes (iterations, bound, best plan), or null.</summary>
    public IProgress<PlanProgress>? Progress { get; init; }
}

/// <summary>A progress report of the planner.</summary>
/// <param name="Phase">What it is doing: greedy, pricing, integer.</param>
/// <param name="Iteration">The column generation round.</param>
/// <param name="Columns">Itineraries generated so far.</param>
/// <param name="LpObjectiveUsd">The master LP's objective (the bound once converged), or null.</param>
/// <param name="BestPlanUsd">The best whole-vehicle plan so far, or null.</param>
/// <param name="BoundUsd">The best proven lower bound so far, or null.</param>
/// <param name="ElapsedSeconds">Seconds since the solve started.</param>
public sealed record PlanProgress(string Phase, int Iteration, int Columns, double? LpObjectiveUsd, double? BestPlanUsd, double? BoundUsd, double ElapsedSeconds)
{
    /// <summary>Which plan of a scenario evaluation reports (baseline or scenario); null for a plan of its own.</summary>
    public string? Plan { get; init; }
}
