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
/// a priced border crossing), repeated until no itinerary improves; then SCIP over the generated itineraries for whole
/// vehicle-loads, warm-started from the greedy baseline, which is also in the column set (so the plan is never worse).
/// Shadow prices are the capacity duals of the final master LP. Every plan passes an independent feasibility check.
/// </summary>
public sealed class Planner(TransitNetwork network)
{
    private const double ReducedCostTolerance = 1e-6;

    /// <summary>The network planned on.</summary>
    public TransitNetwork Network { get; } = network;

    /// <summary>Plans the problem within the options' time limit.</summary>
    /// <exception cref="PlanProblemException">A shipment refers to an unknown place or has inconsistent dates.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PlanResult Plan(PlanProblem problem, PlanOptions? options = null, CancellationToken cancellation = default)
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
        var greedy = GreedyPlanner.Plan(shipments, factory, master.Capacity, problem.HorizonDays, problem.Start, () => Spent(0.5), cancellation);
        var greedyObjective = greedy.Objective(shipments);
        options.Progress?.Report(new PlanProgress("greedy", 0, 0, null, greedyObjective));
        foreach (var (column, _) in greedy.Assignments)
        {
            master.Add(column);
        }

        foreach (var shipment in shipments.Where(s => s.ReadyDay < problem.HorizonDays))
        {
            if (factory.Best(shipment, shipment.FirstDepartureDay, null) is { } column)
            {
                master.Add(column);
            }
        }

        var (lp, iterations, converged) = GenerateColumns(problem, options, shipments, factory, master, () => Spent(0.8), cancellation);
        if (Enrich(problem, shipments, factory, master, () => Spent(0.85), cancellation) > 0)
        {
            lp = master.SolveLp();
        }

        var greedyLots = greedy.Assignments.GroupBy(a => a.Column.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Lots), StringComparer.Ordinal);
        var hint = master.Columns.Select(c => greedyLots.GetValueOrDefault(c.Key)).ToList();
        var remaining = deadline - clock.Elapsed;
        var integer = remaining > TimeSpan.Zero ? master.SolveInteger(remaining, options.WorkLimit, hint, cancellation) : null;
        cancellation.ThrowIfCancellationRequested();

        var plan = integer is null
            ? greedy
            : new PlannedLots([.. master.Columns.Select((c, i) => (c, integer.Lots[i])).Where(a => a.Item2 > 0)], integer.Unserved);
        if (plan.Objective(shipments) > greedyObjective)
        {
            plan = greedy;
        }

        var violations = FeasibilityCheck.Violations(Network, problem, shipments, plan);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("The plan fails the feasibility check: " + string.Join("; ", violations.Take(5)));
        }

        var objective = plan.Objective(shipments);
        options.Progress?.Report(new PlanProgress("integer", iterations, master.Columns.Count, lp.Objective, objective));
        var gap = objective > 0 ? Math.Max(0, (objective - lp.Objective) / objective) : 0;
        var status = converged && gap <= 1e-6 ? PlanStatus.Optimal : PlanStatus.Feasible;
        return PlanReport.Build(
            shipments, master, plan, lp, status, objective, gap, clock,
            iterations, converged, new BaselineResult("greedy", greedyObjective, greedy.Unserved.Sum()), cancellation);
    }

    private static (LpSolution Lp, int Iterations, bool Converged) GenerateColumns(
        PlanProblem problem, PlanOptions options, List<ShipmentLots> shipments, ItineraryFactory factory, MasterProblem master,
        Func<bool> timeUp, CancellationToken cancellation)
    {
        // Stops at four fifths of the time (or work): the rest is for enrichment and the integer solve.
        var lp = master.SolveLp();
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            options.Progress?.Report(new PlanProgress("pricing", iteration, master.Columns.Count, lp.Objective, null));
            var surcharges = new ResourceSurcharges(problem.Start);
            foreach (var (row, dual) in lp.CapacityDuals.Where(d => d.Value < -ReducedCostTolerance))
            {
                surcharges.Set(row.Resource, row.Day, -dual);
            }

            var added = 0;
            foreach (var shipment in shipments)
            {
                for (var day = shipment.FirstDepartureDay; day <= shipment.LastDepartureDay(problem.HorizonDays); day++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (timeUp())
                    {
                        return (added > 0 ? master.SolveLp() : lp, iteration, false);
                    }

                    if (factory.Best(shipment, day, surcharges) is { } column
                        && ReducedCost(column, lp) < -ReducedCostTolerance
                        && master.Add(column))
                    {
                        added++;
                    }
                }
            }

            if (added == 0)
            {
                return (lp, iteration, true);
            }

            lp = master.SolveLp();
        }

        return (lp, options.MaxIterations, false);
    }

    /// <summary>
    /// Adds each shipment's genuinely different routes for every departure day to the pool before the integer solve:
    /// whole-vehicle plans often need itineraries the LP never priced in (price-and-branch would otherwise miss them).
    /// </summary>
    private static int Enrich(PlanProblem problem, List<ShipmentLots> shipments, ItineraryFactory factory, MasterProblem master, Func<bool> timeUp, CancellationToken cancellation)
    {
        var added = 0;
        foreach (var shipment in shipments)
        {
            for (var day = shipment.FirstDepartureDay; day <= shipment.LastDepartureDay(problem.HorizonDays) && !timeUp(); day++)
            {
                cancellation.ThrowIfCancellationRequested();
                added += factory.Alternatives(shipment, day, 3).Count(master.Add);
            }
        }

        return added;
    }

    private static double ReducedCost(Itinerary column, LpSolution lp) =>
        column.CostPerLot - lp.DemandDuals[column.Shipment.Index]
        - column.Uses.Sum(u => lp.CapacityDuals.GetValueOrDefault(u.Row) * u.Vehicles);
}
