using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Solvers;

/// <summary>
/// A whole-vehicle plan from the master LP: every column keeps the whole lots the LP gives it, then each shipment's
/// remaining lots go on its columns that still fit every capacity, or stay unserved; the better of two orders: the
/// cheapest columns first, and the columns the LP gives the largest fraction of a lot first. Close to the LP when the
/// LP is nearly integral, which makes it a strong incumbent: within the integer gap of the LP it is the plan, and
/// otherwise its small gap lets reduced-cost fixing drop most columns from the integer solve.
/// </summary>
internal static class LpRounding
{
    public static PlannedLots Round(MasterProblem master, IReadOnlyList<ShipmentLots> shipments, LpSolution lp)
    {
        var cheapestFirst = Round(master, shipments, lp, _ => 0);
        var largestFractionFirst = Round(master, shipments, lp, i => -Math.Round(lp.Values[i] - Math.Floor(lp.Values[i] + 1e-9), 6));
        return largestFractionFirst.Objective(shipments) < cheapestFirst.Objective(shipments) ? largestFractionFirst : cheapestFirst;
    }

    /// <summary>The rounding with each shipment's columns tried by <paramref name="priority"/> (lowest first), then cost.</summary>
    private static PlannedLots Round(MasterProblem master, IReadOnlyList<ShipmentLots> shipments, LpSolution lp, Func<int, double> priority)
    {
        var lots = lp.Values.Select(v => (int)Math.Floor(v + 1e-9)).ToArray();
        var used = new Dictionary<ResourceDay, int>();
        var left = shipments.Select(s => s.Lots).ToArray();
        for (var i = 0; i < lots.Length; i++)
        {
            left[master.Columns[i].Shipment.Index] -= lots[i];
            foreach (var (row, vehicles) in master.Columns[i].Uses)
            {
                used[row] = used.GetValueOrDefault(row) + (vehicles * lots[i]);
            }
        }

        var byShipment = master.Columns.Select((c, i) => (Column: c, Index: i))
            .GroupBy(c => c.Column.Shipment.Index)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => priority(c.Index)).ThenBy(c => c.Column.CostPerLot).ThenBy(c => c.Index).ToList());
        foreach (var shipment in shipments.Where(s => left[s.Index] > 0))
        {
            foreach (var (column, index) in byShipment.GetValueOrDefault(shipment.Index) ?? [])
            {
                if (left[shipment.Index] == 0)
                {
                    break;
                }

                if (column.CostPerLot >= shipment.PenaltyPerLot)
                {
                    continue;
                }

                var fits = column.Uses.Aggregate(left[shipment.Index], (room, use) => Math.Min(room, (master.Capacity(use.Row.Resource) - used.GetValueOrDefault(use.Row)) / use.Vehicles));
                if (fits <= 0)
                {
                    continue;
                }

                lots[index] += fits;
                left[shipment.Index] -= fits;
                foreach (var (row, vehicles) in column.Uses)
                {
                    used[row] = used.GetValueOrDefault(row) + (vehicles * fits);
                }
            }
        }

        return new PlannedLots([.. master.Columns.Select((c, i) => (c, lots[i])).Where(a => a.Item2 > 0)], left);
    }
}
