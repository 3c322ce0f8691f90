using TransitOpt.Optimization.Columns;

namespace TransitOpt.Optimization.Planning;

/// <summary>A plan in the planner's terms: lots per column and lots left unserved per shipment.</summary>
internal sealed record PlannedLots(IReadOnlyList<(Itinerary Column, int Lots)> Assignments, int[] Unserved)
{
    public double Objective(IReadOnlyList<ShipmentLots> shipments) =>
        Assignments.Sum(a => a.Column.CostPerLot * a.Lots) + shipments.Sum(s => s.PenaltyPerLot * Unserved[s.Index]);

    /// <summary>The vehicles the plan sends through each resource-day it uses.</summary>
    public Dictionary<ResourceDay, int> VehiclesByRow()
    {
        var used = new Dictionary<ResourceDay, int>();
        foreach (var (column, lots) in Assignments)
        {
            foreach (var (row, vehicles) in column.Uses)
            {
                used[row] = used.GetValueOrDefault(row) + (vehicles * lots);
            }
        }

        return used;
    }
}
