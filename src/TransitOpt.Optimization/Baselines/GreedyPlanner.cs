using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Baselines;

/// <summary>
/// The baseline a dispatcher would run: shipments in order of due day, each takes its cheapest route for the day it is
/// ready, as many lots as the route's remaining capacity allows; full resources are then priced out of the search
/// (which may wait a day for them) and the rest goes on the next cheapest route, or on later days, or unserved.
/// </summary>
internal static class GreedyPlanner
{
    /// <summary>A surcharge that no real route cost reaches: the resource is full that day.</summary>
    private const double Full = 10_000_000;

    /// <summary>Plans in due-day order; when <paramref name="timeUp"/> says so, the shipments not yet reached stay unserved.</summary>
    public static PlannedLots Plan(IReadOnlyList<ShipmentLots> shipments, ItineraryFactory factory, Func<ResourceRef, int> capacity, int horizonDays, DateOnly start, Func<bool> timeUp, CancellationToken cancellation)
    {
        var used = new Dictionary<ResourceDay, int>();
        var full = new ResourceSurcharges(start);
        var assignments = new List<(Itinerary, int)>();
        var unserved = new int[shipments.Count];
        foreach (var shipment in shipments.OrderBy(s => s.DueDay).ThenBy(s => s.Request.Id, StringComparer.Ordinal))
        {
            var left = shipment.Lots;
            for (var day = shipment.FirstDepartureDay; day <= shipment.LastDepartureDay(horizonDays) && left > 0 && !timeUp(); day++)
            {
                cancellation.ThrowIfCancellationRequested();
                for (var attempt = 0; attempt < 8 && left > 0; attempt++)
                {
                    if (factory.Best(shipment, day, full) is not { } column)
                    {
                        break;
                    }

                    var fits = left;
                    foreach (var (row, vehicles) in column.Uses)
                    {
                        var room = capacity(row.Resource) - used.GetValueOrDefault(row);
                        var lots = room / vehicles;
                        if (lots == 0)
                        {
                            full.Set(row.Resource, row.Day, Full);
                        }

                        fits = Math.Min(fits, lots);
                    }

                    if (fits == 0)
                    {
                        continue;
                    }

                    foreach (var (row, vehicles) in column.Uses)
                    {
                        used[row] = used.GetValueOrDefault(row) + (fits * vehicles);
                        if (capacity(row.Resource) - used[row] < vehicles)
                        {
                            full.Set(row.Resource, row.Day, Full);
                        }
                    }

                    assignments.Add((column, fits));
                    left -= fits;
                }
            }

            unserved[shipment.Index] = left;
        }

        return new PlannedLots(assignments, unserved);
    }
}
