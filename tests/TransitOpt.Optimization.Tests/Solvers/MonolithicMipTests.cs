using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Tests.Solvers;

/// <summary>
/// Column generation against the monolithic time-expanded arc-based model (SCIP for the MIP, GLOP for its relaxation)
/// on the full rail link set, which re-implements the planning model independently from one link traversal at a time:
/// the converged master LP must equal the arc model's LP relaxation (Dantzig–Wolfe: the same LP in path form), and the
/// whole-vehicle plan must be the MIP optimum (with no target gap) or within half a percent of it (with the default
/// target). Both time rail links on the hour grid (<see cref="PlanOptions.TimeStep"/>), which keeps the event graph
/// small while the detours stay in.
/// </summary>
public sealed class MonolithicMipTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly TimeSpan SolverLimit = TimeSpan.FromSeconds(30);

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
        var (mip, relaxation) = (reference.Optimum(SolverLimit), reference.LpRelaxation(SolverLimit));

        Assert.True(plan.Converged);
        Assert.Equal(relaxation, plan.BoundUsd, 3);
        Assert.True(plan.ObjectiveUsd >= mip - 1e-6, $"plan {plan.ObjectiveUsd} below the MIP optimum {mip}");
        Assert.True(plan.ObjectiveUsd <= mip * 1.005, $"plan {plan.ObjectiveUsd} more than 0.5 % above the MIP optimum {mip}");
        Assert.Contains(plan.Utilisation, u => u.Used == u.Capacity);
        Assert.All(plan.Utilisation, u => Assert.True(u.Used <= u.Capacity));
    }

    /// <summary>
    /// Random small instances (fixed seeds) with shipments from three stations, some of whose cheapest ways turn back
    /// (from Saryagash through Shymkent when the Saryagash–Keles crossing is full): with no target gap the planner must
    /// reach the unrestricted MIP's proven optimum.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void ColumnGeneration_WithNoTargetGap_ShouldReachTheMipOptimum(int seed)
    {
        var random = new Random(seed);
        var network = SmallCorridor.Load(random.Next(1, 4), random.Next(1, 4));
        var problem = SmallCorridor.RandomProblem(random, Start, (2, 5), maxWagons: 8, penaltyPerWagon: 3_000, horizonDays: 5);
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), TimeStep = TimeSpan.FromHours(1), TargetGap = 0, MaxIterations = 200 };

        var plan = new Planner(network).Plan(problem, options);
        var mip = MonolithicMip.Build(network, problem, options).Optimum(SolverLimit);

        Assert.True(plan.Converged);
        Assert.Equal(mip, plan.ObjectiveUsd, mip * 1e-6);
    }

    /// <summary>
    /// Eight wagons from Saryagash to Tashkent through a crossing that takes one a day: the restricted MIP can only queue
    /// them there (Shymkent is farther from Tashkent, so the way round by Maktaaral is not in it) and pays lateness; the
    /// unrestricted MIP sends some back through Shymkent and Maktaaral, which is cheaper, and the planner finds the same.
    /// </summary>
    [Fact]
    public void UnrestrictedMip_ShouldBeatTheRestrictedOne_WhereADetourPays()
    {
        var network = SmallCorridor.Load(saryagashPerDay: 1, maktaaralPerDay: 3);
        var problem = new PlanProblem(
            [new ShipmentRequest("S0", new NodeId("KZ-SARYAGASH"), new NodeId("UZ-TASHKENT"), new Cargo(CargoKind.Bulk, 8, CargoUnit.Wagons), Start, Start.AddDays(1), UnservedPenaltyUsd: 24_000)],
            Start,
            5);
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), TimeStep = TimeSpan.FromHours(1), TargetGap = 0, MaxIterations = 200 };

        var restricted = MonolithicMip.Build(network, problem, options, MipLinks.TowardDestination).Optimum(SolverLimit);
        var unrestricted = MonolithicMip.Build(network, problem, options).Optimum(SolverLimit);
        var plan = new Planner(network).Plan(problem, options);

        Assert.True(unrestricted < restricted - 1, $"unrestricted {unrestricted} not below restricted {restricted}");
        Assert.Equal(unrestricted, plan.ObjectiveUsd, unrestricted * 1e-6);
        Assert.Contains(plan.Shipments[0].Assignments, a => a.Route.BorderCrossings.Contains(new CrossingId("BCP-MAKTAARAL-SYRDARYA-RAIL")));
    }

    /// <summary>
    /// More links can only help: on the bundled network's first three wagon shipments of corridor-march-2weeks (coke,
    /// Pavlodar to Tursunzoda), with arrivals bounded to day 16 (due day 13) for both, the unrestricted MIP has more
    /// arcs and is at most the restricted one.
    /// </summary>
    [Fact]
    public void UnrestrictedMip_ShouldNeverExceedTheRestrictedOne()
    {
        var network = BundledNetwork.Network;
        var march = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "corridor-march-2weeks"), network).Problem;
        var problem = march with { Shipments = [.. march.Shipments.Where(s => s.Cargo.Unit == CargoUnit.Wagons).Take(3)] };
        var options = new PlanOptions { Modes = new HashSet<TransportMode> { TransportMode.Rail }, TimeStep = TimeSpan.FromHours(1) };

        var restricted = MonolithicMip.Build(network, problem, options, MipLinks.TowardDestination, lastArrivalDay: 16);
        var unrestricted = MonolithicMip.Build(network, problem, options, MipLinks.All, lastArrivalDay: 16);

        Assert.True(unrestricted.Arcs > restricted.Arcs, $"unrestricted {unrestricted.Arcs} arcs, restricted {restricted.Arcs}");
        Assert.True(unrestricted.Optimum(SolverLimit) <= restricted.Optimum(SolverLimit) + 1e-6);
    }
}
