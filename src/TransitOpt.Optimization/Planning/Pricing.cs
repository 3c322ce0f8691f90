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
internal sealed class Pricing(
    PlanOptions options, ItineraryFactory factory, MasterProblem master, PlanProblem problem,
    IReadOnlyList<(ShipmentLots Shipment, int Day)> departures, IReadOnlyDictionary<(int Shipment, int Day), Itinerary?> cheapest,
    Action<string, int, double?, double?> report)
{
    public const double ReducedCostTolerance = 1e-6;

    /// <summary>Rounds until no column prices in (converged), or the clock, the work budget or the iteration limit stop it.</summary>
    public (LpSolution Lp, int Iterations, bool Converged) Run(Func<bool> timeUp, Func<double, int> budget, CancellationToken cancellation)
    {
        var complete = departures.All(d => cheapest.ContainsKey((d.Shipment.Index, d.Day)));
        var lp = master.SolveLp();
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            report("pricing", iteration, lp.Objective, null);
            var surcharges = new ResourceSurcharges(problem.Start);
            foreach (var (row, dual) in lp.CapacityDuals.Where(d => d.Value < -ReducedCostTolerance))
            {
                surcharges.Set(row.Resource, row.Day, -dual);
            }

            var candidates = departures
                .Where(d => cheapest.GetValueOrDefault((d.Shipment.Index, d.Day)) is { } floor && floor.CostPerLot - lp.DemandDuals[d.Shipment.Index] < -ReducedCostTolerance)
                .ToList();
            var (columns, searched) = surcharges.IsEmpty
                ? ([.. candidates.Select(d => cheapest[(d.Shipment.Index, d.Day)])], true)
                : factory.Priced(candidates, surcharges, budget(0.8), timeUp);
            complete &= searched;
            var added = columns.Count(column => column is not null && ReducedCost(column, lp) < -ReducedCostTolerance && master.Add(column));
            cancellation.ThrowIfCancellationRequested();
            if (added == 0)
            {
                return (lp, iteration, complete);
            }

            lp = master.SolveLp();
            if (timeUp())
            {
                return (lp, iteration, false);
            }
        }

        return (lp, options.MaxIterations, false);
    }

    /// <summary>The column's cost less what the LP pays for its shipment's lot and the capacity it uses.</summary>
    public static double ReducedCost(Itinerary column, LpSolution lp) =>
        column.CostPerLot - lp.DemandDuals[column.Shipment.Index]
        - column.Uses.Sum(u => lp.CapacityDuals.GetValueOrDefault(u.Row) * u.Vehicles);
}
