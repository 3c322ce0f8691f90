using Google.OrTools.LinearSolver;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Columns;

namespace TransitOpt.Optimization.Solvers;

/// <summary>The master LP's answer: objective, column values and the duals that price new columns.</summary>
internal sealed record LpSolution(double Objective, double[] Values, double[] DemandDuals, Dictionary<ResourceDay, double> CapacityDuals);

/// <summary>What one more unit of a row's capacity saves in the master LP, and the shipments (indices) that would send more through it, most first.</summary>
internal sealed record RowMarginalValue(ResourceDay Row, double SavingUsd, int[] ShipmentsMoved);

/// <summary>The whole-vehicle answer over the generated columns.</summary>
internal sealed record IntegerSolution(bool Proven, double Objective, double BestBound, int[] Lots, int[] Unserved);

/// <summary>
/// The path-based multicommodity flow over days, restricted to the columns generated so far:
/// minimise Σ cost·x + Σ penalty·u subject to, per shipment, Σ x + u = lots, and per resource and day,
/// Σ vehicles·x ≤ capacity. Solved as an LP by GLOP (for duals) and with whole lots by SCIP.
/// </summary>
internal sealed class MasterProblem(TransitNetwork network, IReadOnlyList<ShipmentLots> shipments)
{
    private readonly List<Itinerary> _columns = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<ResourceRef, int> _capacity = [];

    public IReadOnlyList<Itinerary> Columns => _columns;

    public bool Add(Itinerary column)
    {
        if (!_keys.Add(column.Key))
        {
            return false;
        }

        _columns.Add(column);
        return true;
    }

    public int Capacity(ResourceRef resource)
    {
        if (!_capacity.TryGetValue(resource, out var capacity))
        {
            capacity = _capacity[resource] = resource.Capacity(network);
        }

        return capacity;
    }

    /// <summary>The lots of a shipment.</summary>
    public int Lots(int shipment) => shipments[shipment].Lots;

    public IEnumerable<ResourceDay> Rows => _columns.SelectMany(c => c.Uses.Select(u => u.Row)).Distinct();

    public LpSolution SolveLp()
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var (x, u, demand, capacity) = Build(solver, integer: false);
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException($"The master LP ended {status}; it always has the all-unserved solution.");
        }

        return new LpSolution(
            solver.Objective().Value(),
            [.. x.Select(v => v!.SolutionValue())],
            [.. demand.Select(r => r.DualValue())],
            capacity.ToDictionary(p => p.Key, p => p.Value.DualValue()));
    }

    /// <summary>
    /// What one more unit of capacity on each row saves: the master LP over <paramref name="candidates"/> re-solved (warm,
    /// by GLOP) with the row's capacity raised by one, against the LP without it. The candidates hold the LP's optimal
    /// columns, so the LP without the extra unit is the master's own; with it, fewer columns can only save less, so the
    /// figure is conservative. Unlike a dual, which a degenerate LP may set to zero on a full row, the re-solve measures
    /// the saving itself; the shipments named are those that send more lots through the row in the re-solve. Rows are
    /// re-solved in order until <paramref name="timeUp"/>: when time runs out, the answer lacks the rows not reached.
    /// </summary>
    public IReadOnlyList<RowMarginalValue> MarginalValues(IReadOnlyList<ResourceDay> rows, bool[] candidates, Func<bool> timeUp, CancellationToken cancellation)
    {
        // Two halves on two solvers at once: always two, whatever the cores, so that the warm starts (and with them the
        // shipments named where the LP has several optima) are the same on every machine.
        var half = rows.Count / 2;
        IReadOnlyList<RowMarginalValue> first = [], second = [];
        Parallel.Invoke(
            () => first = MarginalValuesOf([.. rows.Take(half)], candidates, timeUp, cancellation),
            () => second = MarginalValuesOf([.. rows.Skip(half)], candidates, timeUp, cancellation));
        return [.. first, .. second];
    }

    private List<RowMarginalValue> MarginalValuesOf(List<ResourceDay> rows, bool[] candidates, Func<bool> timeUp, CancellationToken cancellation)
    {
        if (rows.Count == 0 || timeUp())
        {
            return [];
        }

        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var (x, _, _, capacity) = Build(solver, integer: false, candidates);
        if (!solver.SetSolverSpecificParametersAsString("use_preprocessing: false use_dual_simplex: true"))
        {
            throw new InvalidOperationException("GLOP refused its parameters.");
        }

        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException("The master LP has no optimum; it always has the all-unserved solution.");
        }

        var baseObjective = solver.Objective().Value();
        var baseFlows = x.Select(v => v?.SolutionValue() ?? 0).ToArray();
        var values = new List<RowMarginalValue>(rows.Count);
        foreach (var row in rows.TakeWhile(_ => !timeUp()))
        {
            cancellation.ThrowIfCancellationRequested();
            if (!capacity.TryGetValue(row, out var constraint))
            {
                values.Add(new RowMarginalValue(row, 0, []));
                continue;
            }

            var bound = constraint.Ub();
            constraint.SetUb(bound + 1);
            var status = solver.Solve();
            var saving = status == Solver.ResultStatus.OPTIMAL ? Math.Max(0, baseObjective - solver.Objective().Value()) : 0;
            var moved = saving <= 0 ? [] : x
                .Select((v, i) => (Column: _columns[i], Gain: (v?.SolutionValue() ?? 0) - baseFlows[i]))
                .Where(c => c.Gain > 1e-6 && c.Column.Uses.Any(u => u.Row == row))
                .GroupBy(c => c.Column.Shipment.Index)
                .Select(g => (Shipment: g.Key, Gain: g.Sum(c => c.Gain)))
                .OrderByDescending(c => c.Gain).ThenBy(c => c.Shipment)
                .Select(c => c.Shipment)
                .ToArray();
            values.Add(new RowMarginalValue(row, saving, moved));
            constraint.SetUb(bound);
        }

        return values;
    }

    /// <summary>The integer solve stops once its plan is within this share of its own bound.</summary>
    public const double IntegerGap = 1e-4;

    /// <summary>
    /// Whole lots over the columns <paramref name="candidates"/> marks (the others are fixed at zero), warm-started from
    /// <paramref name="hint"/> (lots per column), within the time and node limits.
    /// </summary>
    public IntegerSolution? SolveInteger(TimeSpan limit, int? nodeLimit, IReadOnlyList<int>? hint, bool[] candidates, CancellationToken cancellation)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available.");
        var (x, u, _, _) = Build(solver, integer: true, candidates);

        solver.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        var parameters = FormattableString.Invariant($"limits/gap = {IntegerGap}\n") + (nodeLimit is { } nodes ? FormattableString.Invariant($"limits/nodes = {nodes}\n") : string.Empty);
        if (!solver.SetSolverSpecificParametersAsString(parameters))
        {
            throw new InvalidOperationException("SCIP refused its gap or node limit.");
        }

        if (hint is not null)
        {
            var unservedHint = shipments.Select(s => (double)s.Lots).ToArray();
            for (var i = 0; i < hint.Count; i++)
            {
                unservedHint[_columns[i].Shipment.Index] -= hint[i];
            }

            var hinted = x.Select((v, i) => (Variable: v, Lots: hint[i])).Where(h => h.Variable is not null).ToList();
            solver.SetHint([.. hinted.Select(h => h.Variable!), .. u], [.. hinted.Select(h => (double)h.Lots), .. unservedHint]);
        }

        using var interrupt = cancellation.Register(() => solver.InterruptSolve());
        var status = solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        return new IntegerSolution(
            status == Solver.ResultStatus.OPTIMAL,
            solver.Objective().Value(),
            solver.Objective().BestBound(),
            [.. x.Select(v => v is null ? 0 : (int)Math.Round(v.SolutionValue()))],
            [.. u.Select(v => (int)Math.Round(v.SolutionValue()))]);
    }

    /// <summary>The model over the columns <paramref name="included"/> marks (all when null); an excluded column has no variable.</summary>
    private (Variable?[] X, Variable[] U, Constraint[] Demand, Dictionary<ResourceDay, Constraint> Capacity) Build(Solver solver, bool integer, bool[]? included = null)
    {
        var objective = solver.Objective();
        objective.SetMinimization();
        var demand = new Constraint[shipments.Count];
        var unserved = new Variable[shipments.Count];
        foreach (var shipment in shipments)
        {
            demand[shipment.Index] = solver.MakeConstraint(shipment.Lots, shipment.Lots, $"demand_{shipment.Index}");
            unserved[shipment.Index] = integer ? solver.MakeIntVar(0, shipment.Lots, $"u_{shipment.Index}") : solver.MakeNumVar(0, shipment.Lots, $"u_{shipment.Index}");
            demand[shipment.Index].SetCoefficient(unserved[shipment.Index], 1);
            objective.SetCoefficient(unserved[shipment.Index], shipment.PenaltyPerLot);
        }

        var capacity = new Dictionary<ResourceDay, Constraint>();
        var x = new Variable?[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            if (included is not null && !included[i])
            {
                continue;
            }

            var column = _columns[i];
            var lots = column.Shipment.Lots;
            x[i] = integer ? solver.MakeIntVar(0, lots, $"x_{i}") : solver.MakeNumVar(0, lots, $"x_{i}");
            objective.SetCoefficient(x[i], column.CostPerLot);
            demand[column.Shipment.Index].SetCoefficient(x[i], 1);
            foreach (var (row, vehicles) in column.Uses)
            {
                if (!capacity.TryGetValue(row, out var constraint))
                {
                    constraint = capacity[row] = solver.MakeConstraint(double.NegativeInfinity, Capacity(row.Resource), $"cap_{capacity.Count}");
                }

                constraint.SetCoefficient(x[i], vehicles);
            }
        }

        return (x, unserved, demand, capacity);
    }
}
