using System.Collections.Immutable;
using System.Diagnostics;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Planning;

/// <summary>Turns the solver's lots into the public <see cref="PlanResult"/>.</summary>
internal static class PlanReport
{
    /// <summary>The bound when pricing converged.</summary>
    public const string ConvergedBound =
        "the LP relaxation's optimum: column generation converged (route-search pricing found no improving itinerary)";

    /// <summary>The bound when pricing stopped early.</summary>
    public const string LagrangianBound =
        "a Lagrangian bound: the master LP of the last round that priced every shipment-day plus each shipment's lots times its most negative reduced cost (before such a round, every lot at its cheapest itinerary ignoring capacity); pricing stopped within the target gap (0.2 % by default) of it or at the time or work limit";

    /// <summary>Resource-days re-solved at most, the fullest first (each is one warm LP re-solve).</summary>
    public const int MarginalValueRows = 40;

    public static PlanResult Build(
        IReadOnlyList<ShipmentLots> shipments, MasterProblem master,
        PlannedLots plan, LpSolution lp, bool[] candidates, double bound, PlanStatus status, double objective, double gap, Stopwatch clock,
        int iterations, bool converged, BaselineResult baseline, Func<bool> timeUp, CancellationToken cancellation)
    {
        var used = plan.VehiclesByRow();
        var byShipment = plan.Assignments.GroupBy(a => a.Column.Shipment.Index).ToDictionary(g => g.Key, g => g.ToList());
        var shipmentPlans = shipments.Select(s =>
        {
            var assignments = byShipment.GetValueOrDefault(s.Index) ?? [];
            return new ShipmentPlan(
                s.Request.Id,
                s.Lots,
                [.. assignments.OrderBy(a => a.Column.DepartureDay).Select(a => ToAssignment(a.Column, a.Lots))],
                plan.Unserved[s.Index],
                Math.Max(0, s.Request.Cargo.Quantity - s.Quantity(s.Lots - plan.Unserved[s.Index])))
            {
                Unserved = plan.Unserved[s.Index] > 0 ? UnservedNote.Explain(s, master, used) : null,
            };
        }).ToImmutableArray();

        var rows = used.Keys.Union(lp.CapacityDuals.Where(d => d.Value < -1e-9).Select(d => d.Key));
        var utilisation = rows
            .Select(row => new ResourceDayUse(
                row.Resource.Id, row.Resource.Kind, row.Resource.Direction, row.Day, used.GetValueOrDefault(row),
                master.Capacity(row.Resource), Math.Max(0, -lp.CapacityDuals.GetValueOrDefault(row))))
            .OrderBy(u => u.Day).ThenBy(u => u.ResourceId, StringComparer.Ordinal).ThenBy(u => u.Direction)
            .ToImmutableArray();

        var marginalValues = MarginalValues(shipments, master, lp, candidates, used, timeUp, cancellation);
        var sentLots = plan.Assignments.Sum(a => a.Lots);
        var kpis = new PlanKpis(
            plan.Assignments.Sum(a => a.Column.CostPerLot * a.Lots),
            sentLots == 0 ? 0 : plan.Assignments.Sum(a => a.Column.Route.DurationHours * a.Lots) / sentLots,
            plan.Unserved.Sum(),
            plan.Assignments.Sum(a => a.Column.Route.Co2Kg * a.Lots),
            plan.Assignments.Sum(a => a.Column.Route.BorderCrossings.Sum(c => c.WaitHours + c.DwellHours) * a.Lots));
        return new PlanResult(
            status, objective, bound, gap, clock.Elapsed.TotalSeconds, converged ? ConvergedBound : LagrangianBound, iterations, master.Columns.Count, converged,
            shipmentPlans, utilisation, baseline, kpis)
        {
            MarginalValues = marginalValues,
            Solution = plan,
        };
    }

    private static ImmutableArray<MarginalValue> MarginalValues(
        IReadOnlyList<ShipmentLots> shipments, MasterProblem master, LpSolution lp, bool[] candidates, Dictionary<ResourceDay, int> used, Func<bool> timeUp, CancellationToken cancellation)
    {
        var full = used
            .Select(u => (Row: u.Key, Used: u.Value, Capacity: master.Capacity(u.Key.Resource)))
            .Where(u => u.Capacity > 0 && u.Used >= MarginalValue.NearlyFull * u.Capacity)
            .OrderByDescending(u => (double)u.Used / u.Capacity).ThenBy(u => u.Row.Day)
            .ThenBy(u => u.Row.Resource.Id, StringComparer.Ordinal).ThenBy(u => u.Row.Resource.Direction)
            .Take(MarginalValueRows)
            .ToList();
        // The LP's value is convex in a row's capacity and its dual is a subgradient, so one more unit saves at most the
        // dual's price: a full row the LP prices at zero saves nothing (proven without a re-solve); the others are re-solved.
        var priced = full.Where(u => lp.CapacityDuals.GetValueOrDefault(u.Row) < -Pricing.ReducedCostTolerance).Select(u => u.Row).ToList();
        var values = master.MarginalValues(priced, candidates, timeUp, cancellation)
            .Concat(full.Where(u => !priced.Contains(u.Row)).Select(u => new RowMarginalValue(u.Row, 0, [])))
            .ToDictionary(v => v.Row);
        return [.. full.Where(u => values.ContainsKey(u.Row)).Select(u => new MarginalValue(
            u.Row.Resource.Id, u.Row.Resource.Kind, u.Row.Resource.Direction, u.Row.Day, u.Used, u.Capacity,
            Math.Round(values[u.Row].SavingUsd, 2),
            [.. values[u.Row].ShipmentsMoved.Take(5).Select(i => shipments[i].Request.Id)]))];
    }

    private static Assignment ToAssignment(Itinerary column, int lots)
    {
        var route = column.Route;
        return new Assignment(
            lots,
            column.Shipment.Quantity(lots),
            new PlannedRoute(
                route.Summary, route.DistanceKm, route.DurationHours, route.Departure, route.Arrival,
                [.. route.BorderCrossings.Select(c => c.Id)],
                route.Cost.TransportUsd + route.Cost.BorderUsd + route.Cost.HandlingUsd,
                route.Co2Kg),
            column.DepartureDay,
            column.ArrivalDay,
            column.LateDays,
            column.CostPerLot * lots);
    }
}
