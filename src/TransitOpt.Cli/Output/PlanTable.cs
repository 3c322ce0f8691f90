using System.Globalization;
using Spectre.Console;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Cli.Output;

/// <summary>The plan summary: cost against greedy, the busiest crossings by day, what capacity is worth, why shipments stay unserved; then a legend.</summary>
internal static class PlanTable
{
    public static void Write(PlanResult result, PlanProblem problem, TransitNetwork network, IAnsiConsole output)
    {
        var c = CultureInfo.InvariantCulture;
        var saving = result.Baseline.ObjectiveUsd > 0 ? (result.Baseline.ObjectiveUsd - result.ObjectiveUsd) / result.Baseline.ObjectiveUsd : 0;
        output.Heading(string.Create(c, $"Plan of {Words.Count(problem.Shipments.Count, "shipment")} over {Words.Count(problem.HorizonDays, "day")} from {Words.Day(problem.Start)}"));
        output.Write(TextTable.Facts(
        [
            ("Status", result.Status.ToString().ToLowerInvariant() + (result.Converged ? string.Empty : " (pricing not converged)")),
            ("Cost", string.Create(c, $"{result.ObjectiveUsd:N0} USD (transport, border, handling, lateness, waiting and unserved penalties)")),
            ("Proven bound", string.Create(c, $"{result.BoundUsd:N0} USD; gap {result.Gap:P2}")),
            ("Greedy baseline", string.Create(c, $"{result.Baseline.ObjectiveUsd:N0} USD with {Words.Count(result.Baseline.UnservedQuantity, "lot")} unserved; the plan saves {saving:P1}")),
            ("Unserved", Words.Count(result.Kpis.UnservedQuantity, "lot")),
            ("Cost of the lots sent", string.Create(c, $"{result.Kpis.TotalCostUsd:N0} USD: transport, border, handling, lateness and waiting")),
            ("Mean transit", string.Create(c, $"{result.Kpis.MeanTransitHours:N1} h")),
            ("CO2", string.Create(c, $"{result.Kpis.Co2Kg / 1000:N0} t")),
            ("At borders", string.Create(c, $"{result.Kpis.BorderHours:N0} lot-hours")),
            ("Search", string.Create(c, $"{Words.Count(result.Iterations, "column generation round")}, {Words.Count(result.Columns, "itinerary", "itineraries")}")),
        ]));
        output.WriteLine();

        var busiest = result.Utilisation.Where(u => u.Kind == ResourceKind.Crossing && u.Used > 0).OrderByDescending(u => (double)u.Used / u.Capacity).ThenBy(u => u.Day).Take(10).ToList();
        if (busiest.Count > 0)
        {
            output.Heading("Busiest border crossings by day");
            var table = TextTable.Of("Day", "Crossing (direction)", ">Used, vehicles/day", ">Capacity, vehicles/day", ">Use");
            foreach (var use in busiest)
            {
                table.Row(Day(problem, use.Day), ResourceWords.Name(network, use.Kind, use.ResourceId, use.Direction), Words.Number(use.Used), Words.Number(use.Capacity), ((double)use.Used / use.Capacity).ToString("P0", c));
            }

            output.Write(table);
            output.WriteLine();
        }

        WriteMarginalValues(result, problem, network, output);
        var unserved = result.Shipments.Where(s => s.Unserved is not null).Take(10).ToList();
        if (unserved.Count > 0)
        {
            output.WriteLine();
            output.Heading("Why shipments stay unserved");
            var table = TextTable.Of("Shipment", ">Unserved, lots", ">Of, lots", "Why");
            foreach (var shipment in unserved)
            {
                table.Row(shipment.Id, Words.Number(shipment.UnservedLots), Words.Number(shipment.Lots), shipment.Unserved!.Detail);
            }

            output.Write(table);
        }

        output.Legend(
            ("Lot", "one vehicle-load of a shipment (a truck on road, a wagon on rail): the planner sends each lot on one itinerary"),
            ("Lot-hours", "hours at borders (waiting and dwell) summed over the lots sent"),
            ("Proven bound", "no plan of these shipments can cost less; the gap is how far the plan may be from the best"),
            ("Greedy baseline", "a dispatcher's plan: shipments in order of due day, each on its cheapest route with the capacity left"),
            ("Capacity", "vehicles per day per direction: wagons at rail posts, trucks at road posts"),
            ("Days", "local days of the corridor (" + Words.CorridorOffset + ")"));
    }

    private static void WriteMarginalValues(PlanResult result, PlanProblem problem, TransitNetwork network, IAnsiConsole output)
    {
        var values = result.MarginalValues;
        var full = result.Utilisation.Count(u => u.Capacity > 0 && u.Used >= MarginalValue.NearlyFull * u.Capacity);
        if (full == 0)
        {
            output.WriteLine("No resource is 95 % full on any day: one more vehicle anywhere would save nothing.");
            return;
        }

        var measured = values.Length == full ? Words.Count(full, "resource-day") : $"{Words.Count(full, "resource-day")}, the fullest {values.Length} measured within the time limit";
        output.Heading($"What one more vehicle a day is worth where the plan is 95 % full or more ({measured}; the plan's LP re-solved with it)");
        var worth = values.Where(v => v.SavingUsd >= 1).OrderByDescending(v => v.SavingUsd).ThenBy(v => v.Day).Take(8).ToList();
        if (worth.Count > 0)
        {
            var table = TextTable.Of("One more", "At", "Day", ">Used / capacity", ">Saves, USD", "Shipments it would move");
            foreach (var value in worth)
            {
                table.Row(
                    ResourceWords.Unit(network, value.Kind, value.ResourceId),
                    ResourceWords.Name(network, value.Kind, value.ResourceId, value.Direction),
                    Day(problem, value.Day),
                    string.Create(CultureInfo.InvariantCulture, $"{value.Used:N0} / {value.Capacity:N0}"),
                    Words.Number(value.SavingUsd),
                    string.Join(", ", value.ShipmentsMoved.Take(3)));
            }

            output.Write(table);
        }

        var free = values.Count(v => v.SavingUsd < 1);
        if (free > 0)
        {
            output.WriteLine($"{Words.Count(free, "resource-day")} of them save nothing: the vehicles they hold back leave on another day or by another route at the same cost");
        }
    }

    private static string Day(PlanProblem problem, int day) => Words.Day(problem.Start.AddDays(day));
}
