using System.Globalization;
using TransitOpt.Network;

namespace TransitOpt.Cli.Output;

/// <summary>Prints a <see cref="NetworkSummary"/> as plain-text tables.</summary>
internal static class SummaryTable
{
    public static void Write(NetworkSummary summary, TransitNetwork network, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Network {summary.Version}: {summary.PlaceCount} places, {summary.LinkCount} links, {summary.CrossingCount} border crossings, {summary.TerminalCount} terminals"));
        output.WriteLine();
        output.WriteLine("Places by country");
        foreach (var (country, places) in summary.PlacesByCountry)
        {
            output.WriteLine(string.Create(c, $"  {country,-6} {places,5}"));
        }

        output.WriteLine();
        output.WriteLine("Links by country (or border) and mode");
        output.WriteLine(string.Create(c, $"  {"area",-7} {"mode",-5} {"links",6} {"open km",10} {"not open km",12}"));
        foreach (var row in summary.Links)
        {
            output.WriteLine(string.Create(c, $"  {row.Area,-7} {Spell(row.Mode),-5} {row.Count,6} {row.OpenKm,10:N0} {row.NotOpenKm,12:N0}"));
        }

        output.WriteLine(string.Create(c, $"  {"total",-7} {string.Empty,-5} {summary.Links.Sum(r => r.Count),6} {summary.Links.Sum(r => r.OpenKm),10:N0} {summary.Links.Sum(r => r.NotOpenKm),12:N0}"));
        output.WriteLine();
        output.WriteLine("Border crossings by country pair and mode");
        output.WriteLine(string.Create(c, $"  {"pair",-7} {"mode",-5} {"total",6} {"open",5} {"restricted",11} {"closed/planned",15} {"international",14} {"bilateral",10} {"local/empty",12}"));
        foreach (var row in summary.Crossings)
        {
            output.WriteLine(string.Create(c, $"  {row.Pair,-7} {Spell(row.Mode),-5} {row.Count,6} {row.Open,5} {row.Restricted,11} {row.NotOpen,15} {row.International,14} {row.Bilateral,10} {row.LocalOrEmpty,12}"));
        }

        output.WriteLine();
        output.WriteLine("Border crossings (status, who may cross, corridor family, hours in local time)");
        foreach (var crossing in network.Crossings.OrderBy(x => Pair(x), StringComparer.Ordinal).ThenBy(x => x.Mode).ThenBy(x => x.Name, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  {Pair(crossing),-7} {Spell(crossing.Mode),-5} {crossing.Name,-42} {Word(crossing.Status),-11} {Word(crossing.Admission),-13} {crossing.Corridor,-21} {crossing.Hours}"));
        }
    }

    private static string Pair(BorderCrossing crossing) =>
        string.CompareOrdinal(crossing.SideA.Country.Value, crossing.SideB.Country.Value) <= 0
            ? $"{crossing.SideA.Country}–{crossing.SideB.Country}"
            : $"{crossing.SideB.Country}–{crossing.SideA.Country}";

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];

    private static string Spell(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";
}
