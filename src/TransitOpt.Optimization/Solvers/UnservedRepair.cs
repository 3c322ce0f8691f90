using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Solvers;

/// <summary>
/// Serves lots a whole-vehicle plan leaves unserved by making room for them (one level of ejection): a lot of an
/// unserved shipment goes on one of its columns once the lots in its way, on the full rows that column needs, move to
/// other columns of their own shipments that have room, when the lot's cost plus what the moves add is below what
/// leaving it unserved costs. Each lot takes the cheapest such repair over its shipment's columns. The plan never gets
/// dearer and keeps every capacity. A rounding of the LP, or SCIP stopped early, can leave a lot unserved that a
/// greedy plan sends: the capacity it needs went to a shipment that had another way.
/// The work is bounded by a count (<see cref="MaxRelocationsWeighed"/>), so that under a work limit a plan is the same
/// on every machine, and otherwise also by the plan's clock (<c>timeUp</c>).
/// </summary>
internal static class UnservedRepair
{
    /// <summary>Relocations weighed per plan at most: some seconds of work at worst, far more than a repair needs.</summary>
    public const int MaxRelocationsWeighed = 20_000_000;

    private const double Saving = 1e-6;

    public static PlannedLots Repair(MasterProblem master, IReadOnlyList<ShipmentLots> shipments, PlannedLots plan, Func<bool> timeUp, CancellationToken cancellation)
    {
        if (plan.Unserved.All(u => u == 0))
        {
            return plan;
        }

        var state = new State(master, plan);
        var left = (int[])plan.Unserved.Clone();
        foreach (var shipment in shipments.Where(s => left[s.Index] > 0))
        {
            while (left[shipment.Index] > 0 && state.Weighed < MaxRelocationsWeighed && !timeUp())
            {
                cancellation.ThrowIfCancellationRequested();
                (int Column, double Cost)? cheapest = null;
                foreach (var column in state.ColumnsOf(shipment.Index))
                {
                    if (master.Columns[column].CostPerLot >= Math.Min(shipment.PenaltyPerLot, cheapest?.Cost ?? double.PositiveInfinity))
                    {
                        break;
                    }

                    var mark = state.Mark;
                    if (state.Place(column) is { } cost && cost < Math.Min(shipment.PenaltyPerLot - Saving, cheapest?.Cost ?? double.PositiveInfinity))
                    {
                        cheapest = (column, cost);
                    }

                    state.Undo(mark);
                }

                if (cheapest is not { } repair || state.Place(repair.Column) is null)
                {
                    break;
                }

                left[shipment.Index]--;
            }
        }

        return new PlannedLots([.. master.Columns.Select((c, i) => (c, state.Lots[i])).Where(a => a.Item2 > 0)], left);
    }

    /// <summary>Lots per column and vehicles per row, changed by moves that can be undone.</summary>
    private sealed class State
    {
        private readonly MasterProblem _master;
        private readonly Dictionary<ResourceDay, int> _used = [];
        private readonly Dictionary<ResourceDay, List<int>> _onRow = [];
        private readonly bool[] _listed;
        private readonly Dictionary<int, List<int>> _byShipment;
        private readonly List<(int Column, int Lots)> _log = [];

        public State(MasterProblem master, PlannedLots plan)
        {
            _master = master;
            Lots = new int[master.Columns.Count];
            _listed = new bool[master.Columns.Count];
            var index = master.Columns.Select((c, i) => (c.Key, i)).ToDictionary(c => c.Key, c => c.i, StringComparer.Ordinal);
            foreach (var (column, lots) in plan.Assignments)
            {
                Add(index[column.Key], lots);
            }

            _log.Clear();
            _byShipment = master.Columns.Select((c, i) => (c, i))
                .GroupBy(c => c.c.Shipment.Index)
                .ToDictionary(g => g.Key, g => g.OrderBy(c => c.c.CostPerLot).ThenBy(c => c.i).Select(c => c.i).ToList());
        }

        public int[] Lots { get; }

        public int Mark => _log.Count;

        public long Weighed { get; private set; }

        public IReadOnlyList<int> ColumnsOf(int shipment) => _byShipment.GetValueOrDefault(shipment) ?? [];

        /// <summary>
        /// Puts one more lot on <paramref name="column"/> and moves lots off the rows it overfills, cheapest move first;
        /// the cost of the lot and the moves, or null (with the changes left for <see cref="Undo"/>) when no moves make room.
        /// </summary>
        public double? Place(int column)
        {
            var cost = _master.Columns[column].CostPerLot;
            Add(column, 1);
            foreach (var (row, _) in _master.Columns[column].Uses)
            {
                while (Excess(row) > 0)
                {
                    if (CheapestMove(row, column) is not { } move)
                    {
                        return null;
                    }

                    Add(move.From, -1);
                    Add(move.To, 1);
                    cost += move.Extra;
                }
            }

            return cost;
        }

        public void Undo(int mark)
        {
            for (var i = _log.Count - 1; i >= mark; i--)
            {
                var (column, lots) = _log[i];
                Apply(column, -lots);
            }

            _log.RemoveRange(mark, _log.Count - mark);
        }

        private int Excess(ResourceDay row) => _used.GetValueOrDefault(row) - _master.Capacity(row.Resource);

        /// <summary>The cheapest move of one lot off <paramref name="row"/> to another column of its shipment that fits.</summary>
        private (int From, int To, double Extra)? CheapestMove(ResourceDay row, int placed)
        {
            (int From, int To, double Extra)? best = null;
            foreach (var from in _onRow.GetValueOrDefault(row) ?? [])
            {
                if (Lots[from] == 0 || from == placed)
                {
                    continue;
                }

                var source = _master.Columns[from];
                foreach (var to in _byShipment[source.Shipment.Index])
                {
                    var extra = _master.Columns[to].CostPerLot - source.CostPerLot;
                    if (best is { } found && extra >= found.Extra)
                    {
                        break;
                    }

                    Weighed++;
                    if (to != from && Fits(to, from))
                    {
                        best = (from, to, extra);
                        break;
                    }
                }
            }

            return best;
        }

        /// <summary>True when a lot on <paramref name="to"/> fits with one lot fewer on <paramref name="from"/>.</summary>
        private bool Fits(int to, int from)
        {
            foreach (var (row, vehicles) in _master.Columns[to].Uses)
            {
                var freed = 0;
                foreach (var (fromRow, fromVehicles) in _master.Columns[from].Uses)
                {
                    freed += fromRow == row ? fromVehicles : 0;
                }

                if (Excess(row) + vehicles - freed > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private void Add(int column, int lots)
        {
            _log.Add((column, lots));
            Apply(column, lots);
        }

        private void Apply(int column, int lots)
        {
            // A column stays listed on its rows once it had lots; the moves skip those it no longer has.
            if (!_listed[column] && lots > 0)
            {
                _listed[column] = true;
                foreach (var (row, _) in _master.Columns[column].Uses)
                {
                    if (!_onRow.TryGetValue(row, out var list))
                    {
                        list = _onRow[row] = [];
                    }

                    list.Add(column);
                }
            }

            Lots[column] += lots;
            foreach (var (row, vehicles) in _master.Columns[column].Uses)
            {
                _used[row] = _used.GetValueOrDefault(row) + (vehicles * lots);
            }
        }
    }
}
