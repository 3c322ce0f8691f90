using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Planning;

/// <summary>
/// Column generation's pricing rounds: solve the master LP, search each shipment-day with the capacity duals as
/// surcharges, add the columns that price in, until none does. A shipment-day whose cheapest column without surcharges
/// already prices out is not searched: surcharges only add cost, so no column of it can price in (on an uncongested
/// network that is nearly every shipment after the first round).
/// </summary>
/// <summary>What the pricing rounds ended with.</summary>
/// <param name="Lp">The last master LP.</param>
/// <param name="Iterations">Rounds run.</param>
/// <param name="Converged">No column priced in: the master LP is the full LP's optimum.</param>
/// <param name="Bound">A proven lower bound on every plan's cost.</param>
internal sealed record PricingOutcome(LpSolution Lp, int Iterations, bool Converged, double Bound);

internal sealed class Pricing(
    PlanOptions options, ItineraryFactory factory, MasterProblem master, PlanProblem problem,
    IReadOnlyList<(ShipmentLots Shipment, int Day)> departures, IReadOnlyDictionary<(int Shipment, int Day), Itinerary?> cheapest,
    Action<string, int, double?, double?, double?> report)
{
    public const double ReducedCostTolerance = 1e-6;

    /// <summary>
    /// Columns a pricing round adds at most, the most negative of each shipment first. GLOP's time grows faster than the
    /// master's size (one solve: about 1 s at 67 thousand columns over 5,000 shipments, 16 s at 267 thousand over 20,000),
    /// and most of a round's columns never enter a basis. Measured by process CPU time on the 2-core development machine
    /// (shared, so wall times were not comparable): scale-5000 at a 0.5 % target 14 s at this cap against 15–17.5 s at
    /// 60,000 (plan 0.005 % dearer); season-20000 at 1 %, 27 s against 39 s (plan 0.1 % dearer, gap 0.61 % against 0.51 %).
    /// </summary>
    public const int MaxColumnsPerRound = 15_000;

    /// <summary>
    /// Rounds until no column prices in (converged), the master LP is within <see cref="PlanOptions.TargetGap"/> of a
    /// proven bound, or the clock, the work budget or the iteration limit stop it. The bound is the full LP's optimum when
    /// converged; else the best Lagrangian bound of a round that priced every shipment-day (the master LP plus, per
    /// shipment, its lots times its most negative reduced cost), or at first the capacity-free bound
    /// <paramref name="relaxedBound"/>; the master LP itself bounds nothing until pricing has converged.
    /// </summary>
    public PricingOutcome Run(double relaxedBound, Func<bool> timeUp, Func<double, int> budget, CancellationToken cancellation)
    {
        var firstPassComplete = departures.All(d => cheapest.ContainsKey((d.Shipment.Index, d.Day)));
        var bound = firstPassComplete ? relaxedBound : 0;
        var lp = master.SolveLp();
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            report("pricing", iteration, lp.Objective, null, bound);
            var surcharges = new ResourceSurcharges(problem.Start);
            foreach (var (row, dual) in lp.CapacityDuals.Where(d => d.Value < -ReducedCostTolerance))
            {
                surcharges.Set(row.Resource, row.Day, -dual);
            }

            // A shipment-day whose cheapest route the first pass did not reach (time or work ran out) is searched here.
            var candidates = departures
                .Where(d => !cheapest.TryGetValue((d.Shipment.Index, d.Day), out var floor)
                    || (floor is not null && floor.CostPerLot - lp.DemandDuals[d.Shipment.Index] < -ReducedCostTolerance))
                .ToList();
            var (columns, complete) = surcharges.IsEmpty && firstPassComplete
                ? ([.. candidates.Select(d => cheapest[(d.Shipment.Index, d.Day)])], true)
                : factory.Priced(candidates, surcharges, budget(0.8), timeUp);
            var mostNegative = new Dictionary<int, double>();
            var entering = new List<(Itinerary Column, double Reduced)>();
            foreach (var column in columns.OfType<Itinerary>())
            {
                var reduced = ReducedCost(column, lp);
                mostNegative[column.Shipment.Index] = Math.Min(mostNegative.GetValueOrDefault(column.Shipment.Index), reduced);
                if (reduced < -ReducedCostTolerance)
                {
                    entering.Add((column, reduced));
                }
            }

            var added = Entering(entering).Count(master.Add);
            cancellation.ThrowIfCancellationRequested();
            if (added == 0)
            {
                return new PricingOutcome(lp, iteration, complete, complete ? lp.Objective : bound);
            }

            if (complete)
            {
                bound = Math.Max(bound, lp.Objective + mostNegative.Sum(m => master.Lots(m.Key) * m.Value));
            }

            lp = master.SolveLp();
            if (timeUp() || lp.Objective - bound <= options.TargetGap * lp.Objective)
            {
                return new PricingOutcome(lp, iteration, false, bound);
            }
        }

        return new PricingOutcome(lp, options.MaxIterations, false, bound);
    }

    /// <summary>
    /// The columns a round adds: every shipment's most negative first, then every shipment's second, and so on, until
    /// <see cref="MaxColumnsPerRound"/>; the order (reduced cost, then departure day, then shipment) is the same on
    /// every run.
    /// </summary>
    private static IEnumerable<Itinerary> Entering(List<(Itinerary Column, double Reduced)> priced) => priced
        .GroupBy(e => e.Column.Shipment.Index)
        .SelectMany(g => g.OrderBy(e => e.Reduced).ThenBy(e => e.Column.DepartureDay).Select((e, rank) => (e.Column, Rank: rank)))
        .OrderBy(e => e.Rank).ThenBy(e => e.Column.Shipment.Index)
        .Take(MaxColumnsPerRound)
        .Select(e => e.Column);

    /// <summary>The column's cost less what the LP pays for its shipment's lot and the capacity it uses.</summary>
    public static double ReducedCost(Itinerary column, LpSolution lp) =>
        column.CostPerLot - lp.DemandDuals[column.Shipment.Index]
        - column.Uses.Sum(u => lp.CapacityDuals.GetValueOrDefault(u.Row) * u.Vehicles);
}
