using System.Collections.Immutable;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Planning;

/// <summary>Turns the solver's lots into the public <see cref="PlanResult"/>.</summary>
internal static class PlanReport
{
    public const string BoundKind =
        "the final master LP over the generated itineraries (column generation with route-search pricing; a proven LP bound when pricing found every improving itinerary)";

    public static PlanResult Build(
        IReadOnlyList<ShipmentLots> shipments, MasterProblem master,
        PlannedLots plan, LpSolution lp, PlanStatus status, double objective, double gap, double seconds,
        int iterations, bool converged, BaselineResult baseline)
    {
        var byShipment = plan.Assignments.GroupBy(a => a.Column.Shipment.Index).ToDictionary(g => g.Key, g => g.ToList());
        var shipmentPlans = shipments.Select(s =>
        {
            var assignments = byShipment.GetValueOrDefault(s.Index) ?? [];
            return new ShipmentPlan(
                s.Request.Id,
                s.Lots,
                [.. assignments.OrderBy(a => a.Column.DepartureDay).Select(a => ToAssignment(a.Column, a.Lots))],
                plan.Unserved[s.Index],
                Math.Max(0, s.Request.Cargo.Quantity - s.Quantity(s.Lots - plan.Unserved[s.Index])));
        }).ToImmutableArray();

        var used = new Dictionary<ResourceDay, int>();
        foreach (var (column, lots) in plan.Assignments)
        {
            foreach (var (row, vehicles) in column.Uses)
            {
                used[row] = used.GetValueOrDefault(row) + (vehicles * lots);
            }
        }

        var rows = used.Keys.Union(lp.CapacityDuals.Where(d => d.Value < -1e-9).Select(d => d.Key));
        var utilisation = rows
            .Select(row => new ResourceDayUse(
                row.Resource.Id, row.Resource.Kind, row.Resource.Direction, row.Day, used.GetValueOrDefault(row),
                master.Capacity(row.Resource), Math.Max(0, -lp.CapacityDuals.GetValueOrDefault(row))))
            .OrderBy(u => u.Day).ThenBy(u => u.ResourceId, StringComparer.Ordinal).ThenBy(u => u.Direction)
            .ToImmutableArray();

        var sentLots = plan.Assignments.Sum(a => a.Lots);
        var kpis = new PlanKpis(
            plan.Assignments.Sum(a => a.Column.CostPerLot * a.Lots),
            sentLots == 0 ? 0 : plan.Assignments.Sum(a => a.Column.Route.DurationHours * a.Lots) / sentLots,
            plan.Unserved.Sum(),
            plan.Assignments.Sum(a => a.Column.Route.Co2Kg * a.Lots),
            plan.Assignments.Sum(a => a.Column.Route.BorderCrossings.Sum(c => c.WaitHours + c.DwellHours) * a.Lots));
        return new PlanResult(
            status, objective, lp.Objective, gap, seconds, BoundKind, iterations, master.Columns.Count, converged,
            shipmentPlans, utilisation, baseline, kpis);
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
