using System.Globalization;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// Collects what a route pays into lines a planner can check: each says what it is, how much of it at what rate per
/// unit (wagon-km of a tariff row, truck-km of a country's line haul, wagons through a border, wagon-days of hire).
/// </summary>
internal sealed class CostLedger(SearchContext context, CompactGraph graph)
{
    // A route books a dozen lines or so: a list searched by reference first (most texts are made once per tariff)
    // costs less than hashing a long text per edge.
    private readonly List<(string Item, double Quantity, string Unit, double Usd)> _lines = [];

    /// <summary>Books one traversed edge.</summary>
    public void Add(int edge, in EdgeOutcome outcome)
    {
        var network = graph.Network;
        var tariff = context.Tariff;
        if (graph.Kind[edge] == EdgeKind.Transfer)
        {
            var vehicles = context.Vehicles(CompactGraph.ModeOf(graph.Source[edge]));
            Book(network.RoutingTables.HandlingItem[graph.TerminalIndex[edge]], vehicles, Unit(CompactGraph.ModeOf(graph.Source[edge])), outcome.HandlingUsd);
            BookStart(edge, outcome);
            return;
        }

        var link = network.Links[graph.LinkIndex[edge]];
        var count = context.Vehicles(link.Mode);
        var lineHaul = tariff.UsdPerVehicleKm(graph.LinkIndex[edge]) * link.LengthKm * count;
        var what = tariff.LineHaulItem(graph.LinkIndex[edge], LineHaulText);
        if (link.Mode == TransportMode.Road)
        {
            Book(what, link.LengthKm * count, "truck-km", lineHaul);
        }
        else
        {
            Book(what, link.LengthKm * count, "wagon-km", lineHaul);
            var entry = tariff.EntryUsdPerWagon(edge) * count;
            if (entry > 0)
            {
                Book(EntryItem(edge), count, "wagon", entry);
            }

            var emptyTariff = lineHaul * tariff.EmptyReturnTariffFactor;
            Book("empty wagons' return tariff", lineHaul, "USD of loaded tariff", emptyTariff);
            var hire = outcome.WagonUsd - emptyTariff;
            if (tariff.WagonUsdPerDay > 0)
            {
                Book(tariff.HireItem, hire / tariff.WagonUsdPerDay, "wagon-day", hire);
            }
        }

        if (graph.CrossingIndex[edge] is var c and >= 0)
        {
            Book(network.RoutingTables.BorderFeesItem[c], count, Unit(link.Mode), outcome.BorderUsd);
            if (outcome.HandlingUsd > 0)
            {
                Book(network.RoutingTables.GaugeChangeItem[c], count, "wagon", outcome.HandlingUsd);
            }
        }
    }

    /// <summary>The lines in the order first booked.</summary>
    public IEnumerable<CostLine> Lines() => _lines
        .Where(line => line.Usd > 0)
        .Select(line => new CostLine(line.Item, line.Quantity, line.Unit, line.Quantity > 0 ? line.Usd / line.Quantity : 0, line.Usd));

    private void BookStart(int edge, in EdgeOutcome outcome)
    {
        var wagons = context.RailVehicles;
        if (context.Tariff.EntryUsdPerWagon(edge) > 0)
        {
            Book(EntryItem(edge), wagons, "wagon", context.Tariff.EntryUsdPerWagon(edge) * wagons);
        }

        if (context.Tariff.WagonUsdPerDay > 0 && outcome.WagonUsd > 0)
        {
            Book(context.Tariff.HireItem, outcome.WagonUsd / context.Tariff.WagonUsdPerDay, "wagon-day", outcome.WagonUsd);
        }
    }

    private string EntryItem(int edge) => context.Tariff.EntryItem(edge, EntryText);

    /// <summary>The line an edge's rail charge per wagon is booked on (its tariff row's).</summary>
    private static string EntryText(QueryTariff tariff, int edge) => tariff.EntryRow(edge) is { } row
        ? $"{row.Country} rail charge per wagon{Describe(row, tariff)}"
        : "rail charge per wagon";

    /// <summary>The line a link's line haul is booked on: its country's road line haul or its rail tariff row.</summary>
    private static string LineHaulText(QueryTariff tariff, int index)
    {
        var network = tariff.Graph.Network;
        var link = network.Links[index];
        var country = network.Place(link.From).Country;
        if (link.Mode == TransportMode.Road)
        {
            var backhaul = tariff.RoadEmptyReturnShare > 0 ? string.Create(CultureInfo.InvariantCulture, $" (with {tariff.RoadEmptyReturnShare:P0} of the empty return)") : string.Empty;
            return $"{country} road line haul{backhaul}";
        }

        return tariff.Row(index) is { } row ? $"{country} rail tariff{Describe(row, tariff)}" : $"{country} rail tariff";
    }

    private void Book(string what, double quantity, string unit, double usd)
    {
        var index = _lines.Count - 1;
        while (index >= 0 && !ReferenceEquals(_lines[index].Item, what) && !string.Equals(_lines[index].Item, what, StringComparison.Ordinal))
        {
            index--;
        }

        if (index < 0)
        {
            _lines.Add((what, 0, unit, 0));
            index = _lines.Count - 1;
        }

        var booked = _lines[index];
        _lines[index] = (what, booked.Quantity + quantity, unit, booked.Usd + usd);
    }

    private static string Describe(Costs.RailTariffRow row, QueryTariff tariff)
    {
        var parts = new List<string>();
        if (row.Section is { } section)
        {
            parts.Add($"{section} section");
        }

        if (row.Commodity is { } commodity)
        {
            parts.Add(commodity.ToString());
        }
        else if (row.TariffClass is { } tariffClass)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"class {tariffClass} ({tariff.Commodity})"));
        }

        if (row.DestinationSection is { } destination)
        {
            parts.Add($"to the {destination} section");
        }

        if (row.Traffic is { } traffic)
        {
            parts.Add(traffic == Costs.RailTraffic.National ? "national traffic" : "transit");
        }

        if (row.OdCountry is { } od)
        {
            parts.Add($"cargo to or from {od}");
        }

        return parts.Count == 0 ? string.Empty : $", {string.Join(", ", parts)} ({row.Source})";
    }

    private static string Unit(TransportMode mode) => mode == TransportMode.Rail ? "wagon" : "truck";
}

/// <summary>One line of what a route pays.</summary>
/// <param name="Item">What it is, e.g. <c>KZ rail tariff, class 2 (Grain), national traffic (COST-S8; …)</c>.</param>
/// <param name="Quantity">How much of the unit.</param>
/// <param name="Unit">wagon-km, truck-km, wagon, truck, wagon-day.</param>
/// <param name="UsdPerUnit">The rate per unit.</param>
/// <param name="Usd">The line's amount.</param>
public sealed record CostLine(string Item, double Quantity, string Unit, double UsdPerUnit, double Usd);
