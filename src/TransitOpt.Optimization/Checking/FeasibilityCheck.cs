using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Checking;

/// <summary>
/// Checks a plan independently of how it was made: recomputes every resource's use per day from the assigned routes'
/// own resource uses times their lots, against the network's capacities, and checks that every shipment's lots are
/// all either sent (whole lots, from its origin to its destination, not before it is ready) or unserved.
/// </summary>
internal static class FeasibilityCheck
{
    internal static IReadOnlyList<string> Violations(TransitNetwork network, PlanProblem problem, IReadOnlyList<ShipmentLots> shipments, PlannedLots plan)
    {
        var violations = new List<string>();
        var sent = new int[shipments.Count];
        var use = new Dictionary<(ResourceRef Resource, int Day), int>();
        foreach (var (column, lots) in plan.Assignments)
        {
            var shipment = column.Shipment;
            var id = shipment.Request.Id;
            if (lots < 0)
            {
                violations.Add($"{id}: a negative number of lots ({lots}) is assigned");
            }

            sent[shipment.Index] += lots;
            var route = column.Route;
            if (route.Legs.Length == 0 || route.Legs[0].From != shipment.Request.Origin || route.Legs[^1].To != shipment.Request.Destination)
            {
                violations.Add($"{id}: a route does not run from {shipment.Request.Origin} to {shipment.Request.Destination}");
            }

            if (ResourceSurcharges.DayOf(problem.Start, route.Departure) < shipment.ReadyDay)
            {
                violations.Add($"{id}: a route leaves on {route.Departure:yyyy-MM-dd}, before the shipment is ready ({shipment.Request.Ready:yyyy-MM-dd})");
            }

            foreach (var resourceUse in route.ResourceUses)
            {
                var key = (resourceUse.Resource, ResourceSurcharges.DayOf(problem.Start, resourceUse.At));
                use[key] = use.GetValueOrDefault(key) + (resourceUse.Vehicles * lots);
            }
        }

        foreach (var shipment in shipments)
        {
            var unserved = plan.Unserved[shipment.Index];
            if (unserved < 0 || sent[shipment.Index] + unserved != shipment.Lots)
            {
                violations.Add($"{shipment.Request.Id}: {sent[shipment.Index]} lots sent and {unserved} unserved, but the shipment has {shipment.Lots}");
            }
        }

        foreach (var ((resource, day), vehicles) in use.OrderBy(u => u.Key.Day).ThenBy(u => u.Key.Resource.ToString(), StringComparer.Ordinal))
        {
            var capacity = resource.Capacity(network);
            if (vehicles > capacity)
            {
                violations.Add($"{resource} on day {day}: {vehicles} vehicles over a capacity of {capacity}");
            }
        }

        return violations;
    }
}
