using System.Globalization;
using TransitOpt.Network;

namespace TransitOpt.Cli.Output;

/// <summary>Prints a <see cref="NetworkSummary"/> as plain-text tables.</summary>
internal static class SummaryTable
{
    public static void Write(NetworkSummary summary, TextWriter output)
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
        output.WriteLine(string.Create(c, $"  {"pair",-7} {"mode",-5} {"total",6} {"open",5} {"restricted",11} {"closed/planned",15}"));
        foreach (var row in summary.Crossings)
        {
            output.WriteLine(string.Create(c, $"  {row.Pair,-7} {Spell(row.Mode),-5} {row.Count,6} {row.Open,5} {row.Restricted,11} {row.NotOpen,15}"));
        }
    }

    private static string Spell(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";
}
