using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Cli.Output;

/// <summary>The plan summary: cost against greedy, unserved, the busiest crossings by day, and shadow prices in words.</summary>
internal static class PlanTable
{
    public static void Write(PlanResult result, PlanProblem problem, TransitNetwork network, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var saving = result.Baseline.ObjectiveUsd > 0 ? (result.Baseline.ObjectiveUsd - result.ObjectiveUsd) / result.Baseline.ObjectiveUsd : 0;
        output.WriteLine(string.Create(c, $"Plan: {result.Status.ToString().ToLowerInvariant()}, ${result.ObjectiveUsd:N0} (LP bound ${result.BoundUsd:N0}, gap {result.Gap:P2}) in {result.SolveSeconds:N1} s, {result.Iterations} column generation rounds, {result.Columns:N0} itineraries{(result.Converged ? string.Empty : ", not converged")}"));
        output.WriteLine(string.Create(c, $"Greedy baseline: ${result.Baseline.ObjectiveUsd:N0} with {result.Baseline.UnservedQuantity:N0} lots unserved; the plan saves {saving:P1} and leaves {result.Kpis.UnservedQuantity:N0} lots unserved"));
        output.WriteLine(string.Create(c, $"Sent: ${result.Kpis.TotalCostUsd:N0} transport, border, handling and lateness; mean transit {result.Kpis.MeanTransitHours:N1} h; {result.Kpis.Co2Kg / 1000:N0} t CO2; {result.Kpis.BorderHours:N0} lot-hours at borders"));
        output.WriteLine();
        output.WriteLine("Busiest border crossings by day");
        foreach (var use in result.Utilisation.Where(u => u.Kind == ResourceKind.Crossing && u.Used > 0).OrderByDescending(u => (double)u.Used / u.Capacity).ThenBy(u => u.Day).Take(10))
        {
            output.WriteLine(string.Create(c, $"  {Day(problem, use.Day)}  {Name(network, use),-44} {use.Used,6:N0} / {use.Capacity,6:N0} {(double)use.Used / use.Capacity,6:P0}"));
        }

        output.WriteLine();
        var priced = result.Utilisation.Where(u => u.ShadowPriceUsd > 0.005).OrderByDescending(u => u.ShadowPriceUsd).ThenBy(u => u.Day).Take(8).ToList();
        output.WriteLine(priced.Count == 0 ? "No capacity binds: one more vehicle anywhere would save nothing." : "Where one more unit of capacity is worth most");
        foreach (var use in priced)
        {
            var vehicle = Vehicle(network, use);
            output.WriteLine(string.Create(c, $"  one more {vehicle} a day at {Name(network, use)} on day {use.Day} ({Day(problem, use.Day)}) saves about ${use.ShadowPriceUsd:N0}"));
        }
    }

    private static string Day(PlanProblem problem, int day) => problem.Start.AddDays(day).ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Name(TransitNetwork network, ResourceDayUse use) => use.Kind switch
    {
        ResourceKind.Crossing when network.TryGetCrossing(new CrossingId(use.ResourceId), out var crossing) =>
            $"{crossing.Name} ({(use.Direction == ResourceDirection.AToB ? $"{crossing.SideA.Country}→{crossing.SideB.Country}" : $"{crossing.SideB.Country}→{crossing.SideA.Country}")})",
        ResourceKind.Link => $"the {network.Link(new LinkId(use.ResourceId)).Name} section {use.ResourceId}",
        ResourceKind.Unloading => $"unloading at {network.Terminals.Single(t => t.Id.Value == use.ResourceId).Name}",
        _ => $"terminal {use.ResourceId}",
    };

    private static string Vehicle(TransitNetwork network, ResourceDayUse use) => use.Kind switch
    {
        ResourceKind.Crossing when network.TryGetCrossing(new CrossingId(use.ResourceId), out var crossing) => crossing.Mode == TransportMode.Rail ? "wagon" : "truck",
        ResourceKind.Link or ResourceKind.Unloading => "wagon",
        _ => "vehicle",
    };
}
