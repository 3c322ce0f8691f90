using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Tests.Solvers;

/// <summary>
/// Column generation against the monolithic time-expanded arc-based model (SCIP for the MIP, GLOP for its relaxation),
/// which re-implements the timing rules independently: the converged master LP must equal the arc model's LP relaxation
/// (Dantzig–Wolfe: the same LP in path form), and the whole-vehicle plan must be the MIP optimum or within half a percent
/// of it (it is found over the generated itineraries only).
/// </summary>
public sealed class MonolithicMipTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Theory]
    [InlineData(4, 3, new[] { 5, 4, 6 })]
    [InlineData(2, 2, new[] { 3, 3, 3, 2 })]
    [InlineData(6, 1, new[] { 8, 9 })]
    [InlineData(1, 1, new[] { 6, 6 })]
    [InlineData(3, 2, new[] { 4, 7, 2, 5, 3 })]
    public void ColumnGeneration_ShouldMatchTheMonolithicModel(int saryagashPerDay, int maktaaralPerDay, int[] wagons)
    {
        var network = SmallCorridor.Load(saryagashPerDay, maktaaralPerDay);
        var problem = new PlanProblem(
            [.. wagons.Select((w, i) => new ShipmentRequest(
                $"S{i}", new NodeId("KZ-SHYMKENT"), new NodeId("UZ-TASHKENT"), new Cargo(CargoKind.Bulk, w, CargoUnit.Wagons),
                Start.AddDays(i % 2), Start.AddDays(1 + (i % 3)), UnservedPenaltyUsd: 3_000 * w))],
            Start,
            5);
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), TimeStep = TimeSpan.FromHours(1) };

        var plan = new Planner(network).Plan(problem, options);
        var reference = MonolithicMip.Build(network, problem, options);
        var (mip, relaxation) = (reference.Optimum(TimeSpan.FromSeconds(20)), reference.LpRelaxation(TimeSpan.FromSeconds(20)));

        Assert.True(plan.Converged);
        Assert.Equal(relaxation, plan.BoundUsd, 3);
        Assert.True(plan.ObjectiveUsd >= mip - 1e-6, $"plan {plan.ObjectiveUsd} below the MIP optimum {mip}");
        Assert.True(plan.ObjectiveUsd <= mip * 1.005, $"plan {plan.ObjectiveUsd} more than 0.5 % above the MIP optimum {mip}");
        Assert.Contains(plan.Utilisation, u => u.Used == u.Capacity);
        Assert.All(plan.Utilisation, u => Assert.True(u.Used <= u.Capacity));
    }
}
