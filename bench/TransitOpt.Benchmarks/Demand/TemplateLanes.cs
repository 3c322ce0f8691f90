using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TransitOpt.Network;
using TransitOpt.Network.Costs;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// The lanes of a bundled demand set: its shipments grouped by id stem, commodity and unit, each lane's units summed,
/// its longest window and its highest penalty per unit kept.
/// </summary>
internal static partial class TemplateLanes
{
    /// <summary>Reads the lanes of the set at <paramref name="path"/>; <paramref name="scale"/> gives the factor on a stem's units, or null to leave it out.</summary>
    public static IEnumerable<DemandLane> Read(string path, Func<string, double?> scale)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var rows = document.RootElement.GetProperty("shipments").EnumerateArray().Select(Row.Of).ToList();
        foreach (var lane in rows.GroupBy(r => (r.Stem, r.Commodity, r.Kind, r.Unit)))
        {
            if (scale(lane.Key.Stem) is not { } factor)
            {
                continue;
            }

            var first = lane.First();
            yield return new DemandLane(
                lane.Key.Stem, lane.Key.Commodity, first.Origin, first.Destination, lane.Key.Kind, lane.Key.Unit,
                lane.Sum(r => r.Quantity) * factor, lane.Max(r => r.WindowDays), lane.Max(r => r.PenaltyUsd / r.Quantity),
                ChinaTransitLanes.IsRailGateway(first.Origin) ? [TransportMode.Rail] : null);
        }
    }

    [GeneratedRegex(@"-\d+$")]
    private static partial Regex Number();

    private sealed record Row(string Stem, string Commodity, string Origin, string Destination, CargoKind Kind, CargoUnit Unit, double Quantity, int WindowDays, double PenaltyUsd)
    {
        public static Row Of(JsonElement shipment)
        {
            var cargo = shipment.GetProperty("cargo");
            var ready = DateOnly.Parse(shipment.GetProperty("ready").GetString()!, CultureInfo.InvariantCulture);
            var due = DateOnly.Parse(shipment.GetProperty("due").GetString()!, CultureInfo.InvariantCulture);
            return new Row(
                Number().Replace(shipment.GetProperty("id").GetString()!, string.Empty),
                shipment.GetProperty("commodity").GetString()!,
                shipment.GetProperty("origin").GetString()!,
                shipment.GetProperty("destination").GetString()!,
                Enum.Parse<CargoKind>(cargo.GetProperty("kind").GetString()!, ignoreCase: true),
                Enum.Parse<CargoUnit>(cargo.GetProperty("unit").GetString()!, ignoreCase: true),
                cargo.GetProperty("quantity").GetDouble(),
                due.DayNumber - ready.DayNumber,
                shipment.GetProperty("unservedPenaltyUsd").GetDouble());
        }
    }
}
