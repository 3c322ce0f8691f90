using TransitOpt.Optimization.Columns;

namespace TransitOpt.Optimization.Planning;

/// <summary>A plan in the planner's terms: lots per column and lots left unserved per shipment.</summary>
internal sealed record PlannedLots(IReadOnlyList<(Itinerary Column, int Lots)> Assignments, int[] Unserved)
{
    public double Objective(IReadOnlyList<ShipmentLots> shipments) =>
        Assignments.Sum(a => a.Column.CostPerLot * a.Lots) + shipments.Sum(s => s.PenaltyPerLot * Unserved[s.Index]);
}
