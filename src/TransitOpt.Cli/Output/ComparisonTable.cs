using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Cli.Output;

/// <summary>A scenario's comparison with the baseline as readable tables.</summary>
internal static class ComparisonTable
{
    public static void Write(ScenarioComparison comparison, Scenario scenario, PlanProblem problem, TransitNetwork network, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{scenario.Name} (version {scenario.Version}; network {comparison.BaseNetworkVersion} → {comparison.ScenarioNetworkVersion})"));
        output.WriteLine(string.Create(c, $"Baseline plan {comparison.BaselinePlan.Status.ToString().ToLowerInvariant()} (gap {comparison.BaselinePlan.Gap:P2}); scenario plan {comparison.ScenarioPlan.Status.ToString().ToLowerInvariant()} (gap {comparison.ScenarioPlan.Gap:P2})"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  {"",-24} {"baseline",16} {"scenario",16} {"change",16}"));
        void Row(string name, Func<ComparisonKpis, double> value, string format)
        {
            var delta = value(comparison.Delta);
            var signed = (delta < 0 ? "-" : "+") + Math.Abs(delta).ToString(format, c);
            output.WriteLine(string.Create(c, $"  {name,-24} {value(comparison.Baseline).ToString(format, c),16} {value(comparison.Result).ToString(format, c),16} {signed,16}"));
        }

        Row("total cost, USD", k => k.TotalCostUsd, "N0");
        Row("mean transit, h", k => k.MeanTransitHours, "N1");
        Row("90th pct transit, h", k => k.P90TransitHours, "N1");
        Row("unserved lots", k => k.UnservedLots, "N0");
        Row("CO2, t", k => k.Co2Kg / 1000, "N0");
        Row("lot-hours at borders", k => k.BorderHours, "N0");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Border crossings whose use changes ({comparison.Crossings.Length} crossing-days; largest shown)"));
        foreach (var change in comparison.Crossings.OrderByDescending(x => Math.Abs(x.ScenarioUsed - x.BaselineUsed)).Take(12))
        {
            var name = network.TryGetCrossing(new CrossingId(change.CrossingId), out var crossing) ? crossing.Name : change.CrossingId;
            output.WriteLine(string.Create(c, $"  {problem.Start.AddDays(change.Day):ddd d MMM}  {name,-40} {change.BaselineUsed,6:N0}/{change.BaselineCapacity,-6:N0} → {change.ScenarioUsed,6:N0}/{change.ScenarioCapacity,-6:N0}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"Shipments whose routes change: {comparison.ChangedShipments.Length}"));
        foreach (var shipment in comparison.ChangedShipments.Take(8))
        {
            output.WriteLine($"  {shipment.Id}: {string.Join("; ", shipment.Baseline)}");
            output.WriteLine($"  {new string(' ', shipment.Id.Length)}  → {string.Join("; ", shipment.Scenario)}");
        }

        output.WriteLine();
        output.WriteLine(comparison.ShadowPrices.IsEmpty ? "No resource is 95 % full on any day of the scenario's plan." : "Where the scenario's plan is full, and what one more vehicle a day would save");
        foreach (var note in comparison.ShadowPrices.Take(5))
        {
            output.WriteLine($"  {note.Sentence}");
        }
    }
}
