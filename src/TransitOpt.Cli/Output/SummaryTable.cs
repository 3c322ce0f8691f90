using System.Globalization;
using Spectre.Console;
using TransitOpt.Network;

namespace TransitOpt.Cli.Output;

/// <summary>Prints a <see cref="NetworkSummary"/> and every border crossing as tables.</summary>
internal static class SummaryTable
{
    public static void Write(NetworkSummary summary, TransitNetwork network, IAnsiConsole output)
    {
        var c = CultureInfo.InvariantCulture;
        output.Heading(string.Create(c, $"Network {summary.Version}: {Words.Count(summary.PlaceCount, "place")}, {Words.Count(summary.LinkCount, "link")}, {Words.Count(summary.CrossingCount, "border crossing")}, {Words.Count(summary.TerminalCount, "terminal")}"));
        output.WriteLine();

        var places = TextTable.Of("Country", ">Places");
        foreach (var (country, count) in summary.PlacesByCountry)
        {
            places.Row(country.Value, Words.Number(count));
        }

        output.Heading("Places by country");
        output.Write(places);

        var links = TextTable.Of("Country or border", "Mode", ">Links", ">Open, km", ">Not open, km");
        foreach (var row in summary.Links)
        {
            links.Row(row.Area, Words.Mode(row.Mode), Words.Number(row.Count), Words.Number(row.OpenKm), Words.Number(row.NotOpenKm));
        }

        links.Row("total", string.Empty, Words.Number(summary.Links.Sum(r => r.Count)), Words.Number(summary.Links.Sum(r => r.OpenKm)), Words.Number(summary.Links.Sum(r => r.NotOpenKm)));
        output.Heading("Links by country (or border) and mode");
        output.Write(links);

        var pairs = TextTable.Of("Pair", "Mode", ">Total", ">Open", ">Restricted", ">Closed or planned", ">International", ">Bilateral", ">Local or empty only");
        foreach (var row in summary.Crossings)
        {
            pairs.Row(row.Pair, Words.Mode(row.Mode), Words.Number(row.Count), Words.Number(row.Open), Words.Number(row.Restricted), Words.Number(row.NotOpen), Words.Number(row.International), Words.Number(row.Bilateral), Words.Number(row.LocalOrEmpty));
        }

        output.Heading("Border crossings by country pair and mode");
        output.Write(pairs);

        var crossings = TextTable.Of("Pair", "Mode", "Crossing", "Status", "Who may cross", "Corridor family", "Capacity, vehicles/day", "Open (local time)");
        foreach (var crossing in network.Crossings.OrderBy(Pair, StringComparer.Ordinal).ThenBy(x => x.Mode).ThenBy(x => x.Name, StringComparer.Ordinal))
        {
            crossings.Row(
                Pair(crossing),
                Words.Mode(crossing.Mode),
                crossing.Name,
                Word(crossing.Status),
                Word(crossing.Admission),
                crossing.Corridor,
                Capacity(crossing),
                crossing.Hours.ToString());
        }

        output.Heading("Border crossings (status, who may cross, corridor family, capacity, hours)");
        output.Write(crossings);
        output.Legend(
            ("Capacity", "vehicles per day in each direction (wagons at rail crossings, trucks at road crossings), by direction where they differ"),
            ("International", "admits vehicles of any country; bilateral: only the two countries' vehicles; local: no transit freight"),
            ("Corridor family", "posts on the same two borders that serve one corridor (alternatives differ by family)"),
            ("Not open, km", "links closed, planned or under construction, used only when a scenario opens them"));
    }

    private static string Capacity(BorderCrossing crossing)
    {
        var (a, b) = (crossing.SideA.Country, crossing.SideB.Country);
        var capacity = crossing.CapacityPerDay;
        return capacity.AToB == capacity.BToA
            ? Words.Number(capacity.AToB)
            : string.Create(CultureInfo.InvariantCulture, $"{a}→{b} {capacity.AToB:N0}, {b}→{a} {capacity.BToA:N0}");
    }

    private static string Pair(BorderCrossing crossing) =>
        string.CompareOrdinal(crossing.SideA.Country.Value, crossing.SideB.Country.Value) <= 0
            ? $"{crossing.SideA.Country}–{crossing.SideB.Country}"
            : $"{crossing.SideB.Country}–{crossing.SideA.Country}";

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];
}
