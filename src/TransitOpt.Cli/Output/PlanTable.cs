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
        output.WriteLine(string.Create(c, $"Plan: {result.Status.ToString().ToLowerInvariant()}, ${result.ObjectiveUsd:N0} (proven bound ${result.BoundUsd:N0}, gap {result.Gap:P2}) in {result.SolveSeconds:N1} s, {result.Iterations} column generation rounds, {result.Columns:N0} itineraries{(result.Converged ? string.Empty : ", not converged")}"));
        output.WriteLine(string.Create(c, $"Greedy baseline: ${result.Baseline.ObjectiveUsd:N0} with {result.Baseline.UnservedQuantity:N0} lots unserved; the plan saves {saving:P1} and leaves {result.Kpis.UnservedQuantity:N0} lots unserved"));
        output.WriteLine(string.Create(c, $"Sent: ${result.Kpis.TotalCostUsd:N0} transport, border, handling, lateness and waiting; mean transit {result.Kpis.MeanTransitHours:N1} h; {result.Kpis.Co2Kg / 1000:N0} t CO2; {result.Kpis.BorderHours:N0} lot-hours at borders"));
        output.WriteLine();
        output.WriteLine("Busiest border crossings by day");
        foreach (var use in result.Utilisation.Where(u => u.Kind == ResourceKind.Crossing && u.Used > 0).OrderByDescending(u => (double)u.Used / u.Capacity).ThenBy(u => u.Day).Take(10))
        {
            output.WriteLine(string.Create(c, $"  {Day(problem, use.Day)}  {ResourceWords.Name(network, use.Kind, use.ResourceId, use.Direction),-44} {use.Used,6:N0} / {use.Capacity,6:N0} {(double)use.Used / use.Capacity,6:P0}"));
        }

        output.WriteLine();
        WriteMarginalValues(result, problem, network, output);
        var unserved = result.Shipments.Where(s => s.Unserved is not null).ToList();
        if (unserved.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Why shipments stay unserved");
            foreach (var shipment in unserved.Take(10))
            {
                output.WriteLine(string.Create(c, $"  {shipment.Id}: {shipment.UnservedLots:N0} of {shipment.Lots:N0} vehicle-loads, {shipment.Unserved!.Detail}"));
            }
        }
    }

    private static void WriteMarginalValues(PlanResult result, PlanProblem problem, TransitNetwork network, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var values = result.MarginalValues;
        var full = result.Utilisation.Count(u => u.Capacity > 0 && u.Used >= MarginalValue.NearlyFull * u.Capacity);
        if (full == 0)
        {
            output.WriteLine("No resource is 95 % full on any day: one more vehicle anywhere would save nothing.");
            return;
        }

        var measured = values.Length == full ? $"{full} resource-days" : $"{full} resource-days, the fullest {values.Length} measured within the time limit";
        output.WriteLine(string.Create(c, $"What one more vehicle a day is worth where the plan is 95 % full or more ({measured}; the plan's LP re-solved with it)"));
        foreach (var value in values.Where(v => v.SavingUsd >= 1).OrderByDescending(v => v.SavingUsd).ThenBy(v => v.Day).Take(8))
        {
            var moved = value.ShipmentsMoved.IsEmpty ? string.Empty : ", moving " + string.Join(", ", value.ShipmentsMoved.Take(3));
            output.WriteLine(string.Create(c, $"  one more {ResourceWords.Unit(network, value.Kind, value.ResourceId)} at {ResourceWords.Name(network, value.Kind, value.ResourceId, value.Direction)} on {Day(problem, value.Day)} ({value.Used:N0}/{value.Capacity:N0}) saves ${value.SavingUsd:N0}{moved}"));
        }

        var free = values.Count(v => v.SavingUsd < 1);
        if (free > 0)
        {
            output.WriteLine(string.Create(c, $"  {free} of them save nothing: the vehicles they hold back leave on another day or by another route at the same cost"));
        }
    }

    private static string Day(PlanProblem problem, int day) => problem.Start.AddDays(day).ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
