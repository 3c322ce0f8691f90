using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Tests.Solvers;

/// <summary>
/// What the planner's marginal values rest on, checked by GLOP re-solves: the master LP's value is convex in a row's
/// capacity with the row's dual a subgradient, so one more unit saves at most the dual's price, and nothing where the
/// LP prices the row at zero (the planner reports those without a re-solve).
/// </summary>
public sealed class MarginalValueTests
{
    [Fact]
    public void MarginalValue_OfEveryFullRow_ShouldBeAtMostItsDualsPrice_AndZeroWhereThatIsZero()
    {
        var network = BundledNetwork.Network;
        var problem = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "peak-grain-congested"), network).Problem;
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(300), WorkLimit = 3_000 };
        var plan = new Planner(network).Plan(problem, options);
        var shipments = problem.Shipments.Select((s, i) => ShipmentLots.Of(i, s, problem, network, options)).ToList();
        var master = new MasterProblem(network, shipments);
        foreach (var (column, _) in plan.Solution!.Assignments)
        {
            master.Add(column);
        }

        var lp = master.SolveLp();
        var used = master.Columns.Select((c, i) => (c, lp.Values[i])).SelectMany(x => x.c.Uses.Select(u => (u.Row, Vehicles: u.Vehicles * x.Item2)))
            .GroupBy(u => u.Row).ToDictionary(g => g.Key, g => g.Sum(u => u.Vehicles));
        var full = used.Where(u => u.Value >= master.Capacity(u.Key.Resource) - 1e-6).Select(u => u.Key)
            .OrderBy(r => r.Day).ThenBy(r => r.Resource.Id, StringComparer.Ordinal).ThenBy(r => r.Resource.Direction).ToList();
        var zero = full.Where(r => lp.CapacityDuals.GetValueOrDefault(r) >= -Pricing.ReducedCostTolerance).ToList();
        Assert.NotEmpty(zero);
        Assert.NotEqual(full.Count, zero.Count);

        var values = master.MarginalValues(full, [.. master.Columns.Select(_ => true)], () => false, CancellationToken.None);

        Assert.Equal(full.Count, values.Count);
        Assert.All(values, v =>
        {
            var price = -lp.CapacityDuals.GetValueOrDefault(v.Row);
            Assert.True(v.SavingUsd <= price + 0.01, $"{v.Row}: one more unit saves ${v.SavingUsd:N2}, above the dual's ${price:N2}");
            Assert.True(price > Pricing.ReducedCostTolerance || v.SavingUsd < 1e-6, $"{v.Row}: priced at zero yet saves ${v.SavingUsd:N2}");
        });
    }
}
