using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// Explains why a valid query found no route, most specific reason first: a place off the requested modes' network,
/// a border whose every crossing of those modes is closed or avoided on the date, cargo rules, seasonal closures of
/// links, or simply no connection.
/// </summary>
internal static class NoRouteDiagnosis
{
    public static string Explain(TransitNetwork network, RouteQuery query)
    {
        var origin = network.Place(query.Origin);
        var destination = network.Place(query.Destination);
        var modes = ModeWords(query.Modes);
        var date = query.Departure.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var place in new[] { origin, destination })
        {
            if (!network.Links.Any(l => l.Status.CarriesFreight() && query.Modes.Contains(l.Mode) && (l.From == place.Id || l.To == place.Id)))
            {
                return $"{place.Name} is not on the {modes} network";
            }
        }

        if (BlockedBorder(network, query, origin.Country, destination.Country) is { } border)
        {
            return border;
        }

        if (RefusedByAdmission(network, query) is { } refused)
        {
            return refused;
        }

        var unrestricted = query with
        {
            Cargo = query.Cargo with { Kind = CargoKind.General, Quantity = 1, Unit = CargoUnit.Teu },
        };
        var router = new RouteSearch(network.Graph);
        if (router.Find(new SearchContext(network.Graph, unrestricted, ImmutableHashSet<CrossingId>.Empty, query.Modes)) is not null)
        {
            return $"no {modes} route from {origin.Name} to {destination.Name} allows {Describe(query.Cargo)}: links on the way ban it or limit the truck weight";
        }

        var path = network.Graph.CreateSearch().Find(origin.Id, destination.Id, [.. query.Modes], PathMetric.Distance);
        if (path is not null)
        {
            var closed = path.Steps
                .Where(s => s.Link is not null)
                .Select(s => network.Link(s.Link!.Value))
                .Where(l => l.IsClosedOn(DateOnly.FromDateTime(query.Departure.DateTime)))
                .Select(l => l.Name)
                .Distinct()
                .ToList();
            var reason = closed.Count > 0 ? $"seasonal closures ({string.Join(", ", closed)})" : "avoided countries or crossings, or seasonal closures on the way";
            return $"no {modes} route from {origin.Name} to {destination.Name} departing {date}: {reason} block every way";
        }

        return $"the open {modes} network does not connect {origin.Name} and {destination.Name}";
    }

    /// <summary>
    /// When every crossing of the requested modes on some border is closed, planned, avoided or shut for the season,
    /// and the origin's and destination's countries are joined only through such borders, names the border.
    /// </summary>
    private static string? BlockedBorder(TransitNetwork network, RouteQuery query, CountryCode from, CountryCode to)
    {
        var day = DateOnly.FromDateTime(query.Departure.DateTime);
        var relevant = network.Crossings.Where(c => query.Modes.Contains(c.Mode)
            && !query.AvoidCountries.Contains(c.SideA.Country) && !query.AvoidCountries.Contains(c.SideB.Country)).ToList();
        bool Usable(BorderCrossing c) => c.Status.CarriesFreight() && !query.AvoidCrossings.Contains(c.Id) && !c.IsClosedOn(day) && c.Admits(query.Registration(network));
        bool Connected(Func<BorderCrossing, bool> allowed)
        {
            var reached = new HashSet<CountryCode> { from };
            var queue = new Queue<CountryCode>([from]);
            while (queue.TryDequeue(out var country))
            {
                foreach (var c in relevant.Where(allowed))
                {
                    var next = c.SideA.Country == country ? c.SideB.Country : c.SideB.Country == country ? c.SideA.Country : (CountryCode?)null;
                    if (next is { } n && reached.Add(n))
                    {
                        queue.Enqueue(n);
                    }
                }
            }

            return reached.Contains(to);
        }

        if (from == to || Connected(Usable) || !Connected(_ => true))
        {
            return null;
        }

        var blocked = relevant.GroupBy(c => Pair(c.SideA.Country, c.SideB.Country))
            .Where(g => g.All(c => !Usable(c)) && g.Any(Exists) && Connected(c => Usable(c) || g.Contains(c)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"every {g.Key} {ModeWords(query.Modes)} crossing is closed or avoided on {query.Departure:yyyy-MM-dd} ({string.Join(", ", g.Select(c => $"{c.Name}: {Why(network, c, query, day)}"))})")
            .ToList();
        return blocked.Count == 0 ? null : string.Join("; ", blocked);
    }

    /// <summary>
    /// When a route exists for a vehicle that any crossing admits, names the crossings on it that refuse this vehicle
    /// (bilateral posts for a third-country truck, local or empty-only posts for freight).
    /// </summary>
    private static string? RefusedByAdmission(TransitNetwork network, RouteQuery query)
    {
        var context = new SearchContext(network.Graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes, ignoreAdmission: true);
        if (new RouteSearch(network.Graph).Find(context) is not { } path)
        {
            return null;
        }

        var registration = query.Registration(network);
        var refusing = path.Edges.Select(e => network.Graph.CrossingIndex[e]).Where(c => c >= 0).Select(c => network.Crossings[c])
            .Where(c => !c.Admits(registration)).Select(c => $"{c.Name} ({c.AdmissionRule})").Distinct().ToList();
        return refusing.Count == 0
            ? null
            : $"no {ModeWords(query.Modes)} route from {network.Place(query.Origin).Name} to {network.Place(query.Destination).Name} for a vehicle registered in {registration}: the only way passes {string.Join(", ", refusing)}";
    }

    /// <summary>A border with only planned or unbuilt crossings is not closed: it has no crossing yet.</summary>
    private static bool Exists(BorderCrossing crossing) =>
        crossing.Status is not (InfrastructureStatus.Planned or InfrastructureStatus.UnderConstruction);

    private static string Why(TransitNetwork network, BorderCrossing crossing, RouteQuery query, DateOnly day) =>
        query.AvoidCrossings.Contains(crossing.Id) ? "avoided"
        : !crossing.Status.CarriesFreight() ? crossing.Status.ToString().ToLowerInvariant()
        : crossing.ClosureOn(day) is { } closure ? closure
        : !crossing.Admits(query.Registration(network)) ? $"{crossing.AdmissionRule}; the vehicle is registered in {query.Registration(network)}"
        : "open";

    private static string Pair(CountryCode a, CountryCode b) => string.CompareOrdinal(a.Value, b.Value) <= 0 ? $"{a}–{b}" : $"{b}–{a}";

    private static string ModeWords(IReadOnlySet<TransportMode> modes) =>
        modes.Count == 2 ? "rail or road" : modes.Contains(TransportMode.Rail) ? "rail" : "road";

    private static string Describe(Cargo cargo) => cargo.Kind switch
    {
        CargoKind.Hazardous => "hazardous cargo",
        CargoKind.Oversize => "oversize cargo",
        _ => "trucks this heavy",
    };
}
