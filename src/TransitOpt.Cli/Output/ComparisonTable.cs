using System.Globalization;
using Spectre.Console;
using TransitOpt.Network;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Cli.Output;

/// <summary>A scenario's comparison with the baseline as tables, then a legend.</summary>
internal static class ComparisonTable
{
    public static void Write(ScenarioComparison comparison, Scenario scenario, PlanProblem problem, TransitNetwork network, IAnsiConsole output)
    {
        var c = CultureInfo.InvariantCulture;
        output.Heading(string.Create(c, $"{scenario.Name} (version {scenario.Version}; network {comparison.BaseNetworkVersion} → {comparison.ScenarioNetworkVersion})"));
        output.WriteLine(string.Create(c, $"Baseline plan {comparison.BaselinePlan.Status.ToString().ToLowerInvariant()} (gap {comparison.BaselinePlan.Gap:P2}); scenario plan {comparison.ScenarioPlan.Status.ToString().ToLowerInvariant()} (gap {comparison.ScenarioPlan.Gap:P2})"));

        var kpis = TextTable.Of("Measure", ">Baseline", ">Scenario", ">Change");
        void Row(string name, Func<ComparisonKpis, double> value, int decimals)
        {
            var delta = value(comparison.Delta);
            kpis.Row(name, Words.Number(value(comparison.Baseline), decimals), Words.Number(value(comparison.Result), decimals), Signed(delta, decimals));
        }

        Row("Total cost, USD", k => k.TotalCostUsd, 0);
        Row("Mean transit, h", k => k.MeanTransitHours, 1);
        Row("90th percentile transit, h", k => k.P90TransitHours, 1);
        Row("Unserved, lots", k => k.UnservedLots, 0);
        Row("CO2, t", k => k.Co2Kg / 1000, 0);
        Row("At borders, lot-hours", k => k.BorderHours, 0);
        output.Write(kpis);
        output.WriteLine();

        output.Heading(string.Create(c, $"Border crossings whose use changes ({Words.Count(comparison.Crossings.Length, "crossing-day")}; largest shown)"));
        var crossings = TextTable.Of("Day", "Crossing", ">Baseline used / capacity, vehicles/day", ">Scenario used / capacity, vehicles/day");
        foreach (var change in comparison.Crossings.OrderByDescending(x => Math.Abs(x.ScenarioUsed - x.BaselineUsed)).Take(12))
        {
            var name = network.TryGetCrossing(new CrossingId(change.CrossingId), out var crossing) ? crossing.Name : change.CrossingId;
            crossings.Row(
                Words.Day(problem.Start.AddDays(change.Day)),
                name,
                string.Create(c, $"{change.BaselineUsed:N0} / {change.BaselineCapacity:N0}"),
                string.Create(c, $"{change.ScenarioUsed:N0} / {change.ScenarioCapacity:N0}"));
        }

        output.Write(crossings);
        output.WriteLine();

        output.Heading(string.Create(c, $"Shipments whose routes change: {comparison.ChangedShipments.Length}"));
        if (!comparison.ChangedShipments.IsEmpty)
        {
            var shipments = TextTable.Of("Shipment", "Baseline", "Scenario");
            foreach (var shipment in comparison.ChangedShipments.Take(8))
            {
                shipments.Row(shipment.Id, string.Join("; ", shipment.Baseline), string.Join("; ", shipment.Scenario));
            }

            output.Write(shipments);
        }

        output.WriteLine();
        output.Heading(comparison.ShadowPrices.IsEmpty ? "No resource is 95 % full on any day of the scenario's plan." : "Where the scenario's plan is full, and what one more vehicle a day would save");
        output.Write(TextTable.Indented(comparison.ShadowPrices.Take(5).Select(note => note.Sentence)));

        output.Legend(
            ("Lot", "one vehicle-load of a shipment (a truck on road, a wagon on rail)"),
            ("Lot-hours", "hours at borders (waiting and dwell) summed over the lots sent"),
            ("Change", "scenario minus baseline; both plans solve the same demand with the same time limit"),
            ("Days", "local days of the corridor (" + Words.CorridorOffset + ")"));
    }

    /// <summary>The change with its sign, or 0 when it rounds to nothing.</summary>
    private static string Signed(double delta, int decimals)
    {
        var rounded = Math.Round(delta, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : (rounded < 0 ? "-" : "+") + Words.Number(Math.Abs(rounded), decimals);
    }
}
