using System.Collections.Immutable;

namespace TransitOpt.Network;

/// <summary>Counts of a network: what <c>transitopt validate</c> prints and <c>GET /network</c> returns.</summary>
/// <param name="Version">The network version.</param>
/// <param name="PlaceCount">Number of places.</param>
/// <param name="LinkCount">Number of links.</param>
/// <param name="CrossingCount">Number of border crossing points.</param>
/// <param name="TerminalCount">Number of terminals.</param>
/// <param name="PlacesByCountry">Places per country.</param>
/// <param name="Links">Links and km by country (or border pair) and mode.</param>
/// <param name="Crossings">Crossings by country pair and mode.</param>
public sealed record NetworkSummary(
    NetworkVersion Version,
    int PlaceCount,
    int LinkCount,
    int CrossingCount,
    int TerminalCount,
    ImmutableArray<(CountryCode Country, int Places)> PlacesByCountry,
    ImmutableArray<LinkTotals> Links,
    ImmutableArray<CrossingTotals> Crossings)
{
    /// <summary>Summarises a network.</summary>
    public static NetworkSummary Of(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var places = network.Places.GroupBy(p => p.Country)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToImmutableArray();
        var links = network.Links
            .GroupBy(l => (Area: AreaOf(network, l), l.Mode))
            .OrderBy(g => g.Key.Area, StringComparer.Ordinal).ThenBy(g => g.Key.Mode)
            .Select(g => new LinkTotals(
                g.Key.Area, g.Key.Mode, g.Count(),
                g.Where(l => l.Status.CarriesFreight()).Sum(l => l.LengthKm),
                g.Where(l => !l.Status.CarriesFreight()).Sum(l => l.LengthKm)))
            .ToImmutableArray();
        var crossings = network.Crossings
            .GroupBy(c => (Pair: PairOf(c.SideA.Country, c.SideB.Country), c.Mode))
            .OrderBy(g => g.Key.Pair, StringComparer.Ordinal).ThenBy(g => g.Key.Mode)
            .Select(g => new CrossingTotals(
                g.Key.Pair, g.Key.Mode, g.Count(),
                g.Count(c => c.Status == InfrastructureStatus.Open),
                g.Count(c => c.Status == InfrastructureStatus.Restricted),
                g.Count(c => !c.Status.CarriesFreight()),
                g.Count(c => c.Admission == CrossingAdmission.International),
                g.Count(c => c.Admission == CrossingAdmission.Bilateral),
                g.Count(c => c.Admission is CrossingAdmission.Local or CrossingAdmission.EmptyOnly)))
            .ToImmutableArray();
        return new NetworkSummary(
            network.Version, network.Places.Length, network.Links.Length, network.Crossings.Length,
            network.Terminals.Length, places, links, crossings);
    }

    /// <summary>The country of a link, or the border pair (<c>KZ–UZ</c>) of a cross-border link.</summary>
    private static string AreaOf(TransitNetwork network, Link link)
    {
        var from = network.Place(link.From).Country;
        var to = network.Place(link.To).Country;
        return from == to ? from.Value : PairOf(from, to);
    }

    private static string PairOf(CountryCode a, CountryCode b) =>
        string.CompareOrdinal(a.Value, b.Value) <= 0 ? $"{a}–{b}" : $"{b}–{a}";
}

/// <summary>Links of one mode in one country (or across one border).</summary>
/// <param name="Area">Country code, or border pair such as <c>KZ–UZ</c>.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="Count">Number of links.</param>
/// <param name="OpenKm">Km of links that carry freight today.</param>
/// <param name="NotOpenKm">Km of closed, planned or under-construction links.</param>
public sealed record LinkTotals(string Area, TransportMode Mode, int Count, double OpenKm, double NotOpenKm);

/// <summary>Crossings of one mode between one pair of countries.</summary>
/// <param name="Pair">Country pair in alphabetical order, e.g. <c>KZ–UZ</c>.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="Count">Number of crossings.</param>
/// <param name="Open">How many are open.</param>
/// <param name="Restricted">How many are restricted.</param>
/// <param name="NotOpen">How many are closed or planned.</param>
/// <param name="International">How many admit vehicles of any country.</param>
/// <param name="Bilateral">How many admit only vehicles of the two countries.</param>
/// <param name="LocalOrEmpty">How many carry no transit freight (local traffic or empty vehicles only).</param>
public sealed record CrossingTotals(string Pair, TransportMode Mode, int Count, int Open, int Restricted, int NotOpen, int International, int Bilateral, int LocalOrEmpty);
