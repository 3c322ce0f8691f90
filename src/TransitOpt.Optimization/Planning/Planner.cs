using System.Collections.Immutable;
using System.Diagnostics;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Baselines;
using TransitOpt.Optimization.Checking;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Planning;

/// <summary>
/// Plans many shipments together against the daily capacities of border crossings, single-track links and terminals.
/// Column generation over a path-based multicommodity flow by day: a GLOP master LP over candidate itineraries, new
/// itineraries priced by the route search with the capacity duals as surcharges (the search may wait whole days before
/// a priced border crossing), repeated until no itinerary improves or the master LP is within the target gap of a
/// proven (Lagrangian) bound; then SCIP over the itineraries that can matter for whole vehicle-loads, warm-started from
/// the best of the greedy baseline, a rounding of the LP and (for a scenario) its baseline's plan, each of which is also
/// in the column set (so the plan is never worse than any of them), unless the best of these is already within SCIP's
/// own stopping gap of the master LP (and only for a short polish when it is within the target gap of the bound).
/// Lots the rounding or SCIP leave unserved are served where moving other lots makes room (<see cref="UnservedRepair"/>,
/// over new columns that keep off the full rows as well).
/// Shadow prices are the capacity duals of the final master LP; marginal values of full resources come from re-solving
/// it (a full resource it prices at zero is worth nothing more, by convexity). Every plan passes an independent
/// feasibility check.
/// </summary>
public sealed class Planner(TransitNetwork network)
{
    /// <summary>The network planned on.</summary>
    public TransitNetwork Network { get; } = network;

    /// <summary>Plans the problem within the options' time limit.</summary>
    /// <exception cref="PlanProblemException">A shipment refers to an unknown place or has inconsistent dates.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PlanResult Plan(PlanProblem problem, PlanOptions? options = null, CancellationToken cancellation = default) =>
        Plan(problem, options, cancellation, incumbent: null);

    /// <summary>
    /// Plans the problem starting from another network's plan of the same problem (a scenario from its baseline): where
    /// that plan is valid here, its itineraries join the columns and it is the plan to beat, so a scenario that only
    /// adds capacity or infrastructure is never dearer than its baseline.
    /// </summary>
    internal PlanResult Plan(PlanProblem problem, PlanOptions? options, CancellationToken cancellation, PlanResult? incumbent)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new PlanOptions();
        PlanProblemException.ThrowIfInvalid(Network, problem);
        var clock = Stopwatch.StartNew();
        var deadline = options.TimeLimit;
        var shipments = problem.Shipments.Select((s, i) => ShipmentLots.Of(i, s, problem, Network, options)).ToList();
        var factory = new ItineraryFactory(Network, problem, options);
        var master = new MasterProblem(Network, shipments);

        bool Spent(double share) => clock.Elapsed > deadline * share || factory.Searches >= options.WorkLimit * share;
        int Budget(double share) => options.WorkLimit is { } work ? Math.Max(0, (int)(work * share) - factory.Searches) : int.MaxValue;
        void Report(string phase, int iteration, double? lp, double? bestPlan, double? bound) =>
            options.Progress?.Report(new PlanProgress(phase, iteration, master.Columns.Count, lp, bestPlan, bound, clock.Elapsed.TotalSeconds));

        var departures = shipments
            .SelectMany(s => s.DepartureDays(problem.HorizonDays).Select(day => (s, day)))
            .ToList();
        // Every shipment-day's cheapest route without surcharges first, in parallel: the greedy baseline and pricing
        // reuse each one that pays no surcharge instead of searching again.
        var cheapest = factory.Unpriced(departures, Budget(0.4), () => Spent(0.4));
        var greedy = GreedyPlanner.Plan(shipments, factory, master.Capacity, problem.HorizonDays, problem.Start, () => Spent(0.5), cancellation);
        var greedyObjective = greedy.Objective(shipments);
        var greedySeconds = clock.Elapsed.TotalSeconds;
        foreach (var (column, _) in greedy.Assignments)
        {
            master.Add(column);
        }

        var best = greedy;
        if (Seed(problem, shipments, incumbent) is { } seed)
        {
            foreach (var (column, _) in seed.Assignments)
            {
                master.Add(column);
            }

            best = seed.Objective(shipments) < greedyObjective ? seed : greedy;
        }

        Report("greedy", 0, null, greedyObjective, null);
        foreach (var shipment in shipments)
        {
            var first = shipment.DepartureDays(problem.HorizonDays)
                .Select(day => cheapest.GetValueOrDefault((shipment.Index, day)))
                .FirstOrDefault(column => column is not null);
            if (first is not null)
            {
                master.Add(first);
            }
        }

        var pricing = new Pricing(options, factory, master, problem, departures, cheapest, Report);
        var relaxedBound = shipments.Sum(s => s.Lots * s.DepartureDays(problem.HorizonDays)
            .Select(day => cheapest.GetValueOrDefault((s.Index, day))?.CostPerLot ?? double.PositiveInfinity)
            .Append(s.PenaltyPerLot)
            .Min());
        var (lp, iterations, converged, bound) = pricing.Run(relaxedBound, () => Spent(0.8), Budget, cancellation);
        Report("enriching", iterations, lp.Objective, null, bound);
        if (Enrich(lp, departures, factory, master, Budget(0.85), () => Spent(0.85), cancellation) > 0)
        {
            lp = master.SolveLp();
        }

        // Under a work limit the repair's own count bounds it, so that the plan is the same on any machine.
        Func<bool> repairTimeUp = options.WorkLimit is null ? () => clock.Elapsed > deadline : () => false;
        var (rounded, repairColumns) = Repaired(LpRounding.Round(master, shipments, lp), master, shipments, factory, problem, repairTimeUp, cancellation);
        lp = lp with { Values = [.. lp.Values, .. new double[repairColumns]] };
        if (rounded.Objective(shipments) < best.Objective(shipments))
        {
            best = rounded;
        }

        var bestLots = best.Assignments.GroupBy(a => a.Column.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Lots), StringComparer.Ordinal);
        var hint = master.Columns.Select(c => bestLots.GetValueOrDefault(c.Key)).ToList();
        var remaining = deadline - clock.Elapsed;
        var candidates = IntegerCandidates(master, lp, hint, best.Objective(shipments) - lp.Objective);
        // SCIP stops once its plan is within IntegerGap of its own bound, which is at least the master LP's: an incumbent
        // already that close is the plan it would stop at. One within the target gap of the proven bound is what was
        // asked, so SCIP then only polishes it, for a share of the time spent so far (more when it leaves lots unserved
        // that greedy sends).
        var proven = converged ? lp.Objective : Math.Min(bound, lp.Objective);
        var settled = best.Objective(shipments) - lp.Objective <= MasterProblem.IntegerGap * best.Objective(shipments);
        var withinTarget = proven >= best.Objective(shipments) * (1 - options.TargetGap);
        var share = best.Unserved.Sum() > greedy.Unserved.Sum() ? UnservedPolishShare : PolishShare;
        // Under a work limit the node limit alone must end SCIP, so that the plan is the same on any machine.
        var allowed = withinTarget && options.WorkLimit is null ? TimeSpan.FromSeconds(Math.Max(MinPolishSeconds, clock.Elapsed.TotalSeconds * share)) : remaining;
        var integer = remaining > TimeSpan.Zero && !settled
            ? master.SolveInteger(allowed < remaining ? allowed : remaining, options.WorkLimit, hint, candidates, cancellation)
            : null;
        cancellation.ThrowIfCancellationRequested();

        var plan = integer is null
            ? best
            : UnservedRepair.Repair(master, shipments, new PlannedLots([.. master.Columns.Select((c, i) => (c, integer.Lots[i])).Where(a => a.Item2 > 0)], integer.Unserved), repairTimeUp, cancellation);
        if (plan.Objective(shipments) > best.Objective(shipments))
        {
            plan = best;
        }

        var violations = FeasibilityCheck.Violations(Network, problem, shipments, plan);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("The plan fails the feasibility check: " + string.Join("; ", violations.Take(5)));
        }

        var objective = plan.Objective(shipments);
        bound = proven;
        Report("integer", iterations, lp.Objective, objective, bound);
        var gap = objective > 0 ? Math.Max(0, (objective - bound) / objective) : 0;
        var status = converged && gap <= 1e-6 ? PlanStatus.Optimal : PlanStatus.Feasible;
        return PlanReport.Build(
            shipments, master, plan, lp, candidates, bound, status, objective, gap, clock,
            iterations, converged, new BaselineResult("greedy", greedyObjective, greedy.Unserved.Sum(), greedySeconds),
            () => clock.Elapsed > deadline, cancellation);
    }

    /// <summary>
    /// The integer solve's time, as a share of the time spent before it, when the plan in hand is already within the
    /// target gap (at least <see cref="MinPolishSeconds"/>): enough for SCIP to improve on a rounding that left lots
    /// unserved or split badly, without doubling the plan's time.
    /// </summary>
    public const double PolishShare = 0.25;

    /// <summary>
    /// The polish's share instead of <see cref="PolishShare"/> when the plan in hand leaves more lots unserved than the
    /// greedy baseline even after the repair: before there was a repair, season-20000 then left 2 lots unserved instead
    /// of 8 (measured), for some 6 s more; with it, the rounding of both that plan and peak-grain-congested leaves none
    /// unserved and is within SCIP's own stopping gap of the LP, so SCIP does not run.
    /// </summary>
    public const double UnservedPolishShare = 1;

    /// <summary>The least time the integer solve gets to polish a plan already within the target gap.</summary>
    public const double MinPolishSeconds = 3;

    /// <summary>Columns a shipment keeps for the integer solve beyond those the LP uses, the smallest reduced costs first.</summary>
    public const int IntegerColumnsPerShipment = 8;

    /// <summary>
    /// The columns the integer solve may use: every column the LP or the incumbent uses, and per shipment the
    /// <see cref="IntegerColumnsPerShipment"/> of smallest reduced cost among those below the incumbent's gap to the LP
    /// bound. A column whose reduced cost exceeds that gap is in no plan better than the incumbent (reduced-cost
    /// fixing: exact); the per-shipment cap is a heuristic that keeps SCIP's model small; the reported gap to the LP
    /// bound stays exact either way.
    /// </summary>
    private static bool[] IntegerCandidates(MasterProblem master, LpSolution lp, List<int> incumbent, double gap)
    {
        var keep = new bool[master.Columns.Count];
        var byShipment = new Dictionary<int, List<(double Reduced, int Column)>>();
        for (var i = 0; i < keep.Length; i++)
        {
            if (lp.Values[i] > 1e-9 || incumbent[i] > 0)
            {
                keep[i] = true;
                continue;
            }

            var reduced = Pricing.ReducedCost(master.Columns[i], lp);
            if (reduced <= gap + Pricing.ReducedCostTolerance)
            {
                var shipment = master.Columns[i].Shipment.Index;
                if (!byShipment.TryGetValue(shipment, out var list))
                {
                    list = byShipment[shipment] = [];
                }

                list.Add((reduced, i));
            }
        }

        foreach (var list in byShipment.Values)
        {
            foreach (var (_, column) in list.OrderBy(c => c.Reduced).ThenBy(c => c.Column).Take(IntegerColumnsPerShipment))
            {
                keep[column] = true;
            }
        }

        return keep;
    }

    /// <summary>
    /// The incumbent's lots as this run's columns, when it planned this very problem and passes the feasibility check on
    /// this network (capacities here may be lower); else null.
    /// </summary>
    private PlannedLots? Seed(PlanProblem problem, List<ShipmentLots> shipments, PlanResult? incumbent)
    {
        if (incumbent?.Solution is not { } solution || solution.Assignments.Any(a => !ReferenceEquals(a.Column.Shipment.Request, shipments[a.Column.Shipment.Index].Request)))
        {
            return null;
        }

        var seed = new PlannedLots([.. solution.Assignments.Select(a => (a.Column with { Shipment = shipments[a.Column.Shipment.Index] }, a.Lots))], solution.Unserved);
        return FeasibilityCheck.Violations(Network, problem, shipments, seed).Count == 0 ? seed : null;
    }

    /// <summary>Shipment-days searched at most for new columns that make room for unserved lots.</summary>
    public const int MaxRepairSearches = 2_000;

    /// <summary>
    /// The plan with the lots it leaves unserved served where room can be made (<see cref="UnservedRepair"/>), over the
    /// columns so far and new ones that keep off the rows the plan fills (searched with those rows priced at the highest
    /// penalty per vehicle, so that a route through them is the last resort): for the unserved shipments' departure days,
    /// and for the lots that hold the full rows the unserved shipments' cheaper columns need, since a lot moved off a full
    /// row may need a route the LP never priced. Also returns how many columns it added (the master LP gives them zero).
    /// </summary>
    private static (PlannedLots Plan, int Added) Repaired(
        PlannedLots plan, MasterProblem master, List<ShipmentLots> shipments, ItineraryFactory factory, PlanProblem problem, Func<bool> timeUp, CancellationToken cancellation)
    {
        if (plan.Unserved.All(u => u == 0))
        {
            return (plan, 0);
        }

        var full = plan.VehiclesByRow().Where(u => u.Value >= master.Capacity(u.Key.Resource)).Select(u => u.Key).ToHashSet();
        var needed = master.Columns
            .Where(c => plan.Unserved[c.Shipment.Index] > 0 && c.CostPerLot < c.Shipment.PenaltyPerLot)
            .SelectMany(c => c.Uses.Select(u => u.Row))
            .Where(full.Contains)
            .ToHashSet();
        var items = shipments
            .Where(s => plan.Unserved[s.Index] > 0)
            .SelectMany(s => s.DepartureDays(problem.HorizonDays).Select(day => (Shipment: s, Day: day)))
            .Concat(plan.Assignments.Where(a => a.Column.Uses.Any(u => needed.Contains(u.Row))).Select(a => (a.Column.Shipment, Day: a.Column.DepartureDay)))
            .DistinctBy(d => (d.Shipment.Index, d.Day))
            .Take(MaxRepairSearches)
            .ToList();
        var surcharges = new ResourceSurcharges(problem.Start);
        var highest = shipments.Max(s => s.PenaltyPerLot);
        foreach (var row in full)
        {
            surcharges.Set(row.Resource, row.Day, highest);
        }

        cancellation.ThrowIfCancellationRequested();
        var added = surcharges.IsEmpty ? 0 : factory.Priced(items, surcharges, int.MaxValue, () => cancellation.IsCancellationRequested || timeUp()).Columns.OfType<Itinerary>().Count(master.Add);
        return (UnservedRepair.Repair(master, shipments, plan, timeUp, cancellation), added);
    }

    /// <summary>
    /// Adds genuinely different routes for the shipments the master LP splits (fractional lots) before the integer
    /// solve: whole-vehicle plans need itineraries the LP never priced in (price-and-branch would otherwise miss them).
    /// Shipments the LP sends whole already have the columns the integer solve needs.
    /// </summary>
    private static int Enrich(
        LpSolution lp, List<(ShipmentLots Shipment, int Day)> departures, ItineraryFactory factory, MasterProblem master, int budget,
        Func<bool> timeUp, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var split = new HashSet<int>();
        for (var i = 0; i < lp.Values.Length; i++)
        {
            if (Math.Abs(lp.Values[i] - Math.Round(lp.Values[i])) > 1e-6)
            {
                split.Add(master.Columns[i].Shipment.Index);
            }
        }

        var items = departures.Where(d => split.Contains(d.Shipment.Index)).ToList();
        return factory.Alternatives(items, 3, budget, timeUp).Count(master.Add);
    }
}
