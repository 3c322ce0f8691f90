using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TransitOpt.Network.Routing;

/// <summary>
/// Route search for one shipment on one network version: the best route by the query's objective and up to four
/// alternatives that differ in what matters to a planner (another border crossing sequence or another mode), not
/// the same path with a detour. Thread-safe: searches are pooled per router.
/// </summary>
public sealed class Router(TransitNetwork network)
{
    /// <summary>A quantity above this many vehicles is refused as absurd for one shipment (a few block trains).</summary>
    public const int MaxVehicles = 2_000;

    /// <summary>
    /// A route through other transit countries is put before other alternatives only when its objective is at most
    /// this many times the best's.
    /// </summary>
    private const double OtherCountriesWithin = 1.5;

    /// <summary>The transit countries of the Kazakhstan–Tajikistan corridor: a route through others (AF, CN, RU, TM) is no hedge.</summary>
    private static readonly CountryCode[] CorridorTransit = [new("UZ"), new("KG")];

    /// <summary>Searches run per query at most, whatever the alternatives asked (keeps a query bounded).</summary>
    private const int MaxSearches = 24;

    /// <summary>Searchers kept for reuse (each holds buffers the size of the graph).</summary>
    private static readonly int MaxPooledSearches = 2 * Environment.ProcessorCount;

    private readonly ConcurrentBag<RouteSearch> _pool = [];

    /// <summary>The network routed on.</summary>
    public TransitNetwork Network { get; } = network;

    /// <summary>Finds the routes for a query, or says why there are none.</summary>
    public RouteOutcome Route(RouteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Check(query) is { } invalid)
        {
            return new RouteOutcome(null, invalid);
        }

        return WithSearch(search =>
        {
            var basis = new SearchContext(Network.Graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
            var (routes, best) = FindAlternatives(search, basis);
            return routes.Count > 0
                ? RouteOutcome.Of(new RouteResponse(Network.Version, [.. routes]) { ClosuresAvoided = ClosuresAvoided(best!, basis, routes[0]) })
                : RouteOutcome.None(NoRouteDiagnosis.Explain(Network, query));
        });
    }

    /// <summary>
    /// The best route by the query's objective, without alternatives or notes on closures, written out only when asked
    /// (<see cref="FoundRoute.Route"/>): what a planner pricing thousands of shipment-days needs. Null when no route
    /// leaves; a query that <see cref="Route(RouteQuery)"/> would refuse as invalid throws.
    /// </summary>
    /// <exception cref="ArgumentException">The query is invalid (the message names the field).</exception>
    public FoundRoute? Best(RouteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Check(query) is { } invalid)
        {
            throw new ArgumentException($"{invalid.Field}: {invalid.Message}", nameof(query));
        }

        return WithSearch(search =>
        {
            var context = new SearchContext(Network.Graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
            return search.Find(context) is { } path ? new FoundRoute(context, Network.Graph, path) : null;
        });
    }

    /// <summary>Runs <paramref name="work"/> with a pooled searcher.</summary>
    private T WithSearch<T>(Func<RouteSearch, T> work)
    {
        var search = _pool.TryTake(out var pooled) ? pooled : new RouteSearch(Network.Graph);
        try
        {
            return work(search);
        }
        finally
        {
            // Keep as many searchers as threads that search at once, not one per request ever made.
            if (_pool.Count < MaxPooledSearches)
            {
                _pool.Add(search);
            }
        }
    }

    /// <summary>
    /// Best-first over candidate paths: each chosen path spawns candidates that forbid one more of its corridor
    /// families (every crossing of the family, so that the next route takes another corridor, not the neighbouring
    /// post), that keep to a single mode, and the best path also ones that keep out of one of its transit countries; a
    /// candidate whose family
    /// sequence and modes equal a chosen one's is skipped. A route through the other corridor transit country
    /// (Uzbekistan or Kyrgyzstan) is preferred as an alternative to one that only changes posts on the same borders (a
    /// planner hedging a border closure wants the other country first); those fill the remaining places. Routes come
    /// out in order of the objective.
    /// </summary>
    private (List<Route> Routes, FoundPath? Best) FindAlternatives(RouteSearch search, SearchContext basis)
    {
        var graph = Network.Graph;
        var tables = Network.RoutingTables;
        var query = basis.Query;
        var chosen = new List<Candidate>();
        var deferred = new List<Candidate>();
        var countrySequences = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        var tried = new HashSet<(string Forbidden, bool Rail, bool Road)>();
        var candidates = new PriorityQueue<Candidate, (double, int)>();
        var searched = new List<Searched>();
        var searches = 0;
        var bounded = 0;
        var order = 0;
        var ends = new[] { Network.Place(query.Origin).Country, Network.Place(query.Destination).Country };
        double? best = null;
        FoundPath? bestPath = null;

        // With the balanced objective the search's key is the objective, so a restricted search's lower bound at the
        // origin bounds its value: it waits in the queue under that bound and runs only when it could come next (or
        // could be a hedge that keeps the loop going), which orders it as its value would.
        var waits = query.Objective == RouteObjective.Balanced;

        void Try(CrossingSet forbidden, IReadOnlySet<TransportMode> modes, bool avoidsCountry)
        {
            if (searches >= MaxSearches || !tried.Add((forbidden.Key, modes.Contains(TransportMode.Rail), modes.Contains(TransportMode.Road))))
            {
                return;
            }

            searches++;
            var position = order++;
            if (Answered(searched, forbidden, modes) is { } earlier)
            {
                Enqueue(new Candidate(basis.Restrict(forbidden, modes), earlier.Path, forbidden, modes, avoidsCountry, position));
                return;
            }

            // The first search is the query's own; a restricted one gets bounds without what it closes.
            var pending = new Candidate(searches == 1 ? basis : basis.Restrict(forbidden, modes, search.Bounds(bounded++)), null, forbidden, modes, avoidsCountry, position);
            if (searches > 1 && waits && pending.Context.LowerBoundAtOrigin() is var bound && double.IsFinite(bound))
            {
                candidates.Enqueue(pending, (bound - (1e-9 * Math.Max(1, Math.Abs(bound))), position));
            }
            else
            {
                Run(pending);
            }
        }

        void Run(Candidate pending)
        {
            // A search that waited may be answered by one that ran meanwhile.
            if (Answered(searched, pending.Forbidden, pending.Modes) is { } earlier)
            {
                Enqueue(pending with { Path = earlier.Path });
                return;
            }

            var found = search.Find(pending.Context);
            searched.Add(new Searched(pending.Forbidden, pending.Modes, found, PathUse.Of(graph, found)));
            Enqueue(pending with { Path = found });
        }

        void Enqueue(Candidate candidate)
        {
            if (candidate.Path is { } path)
            {
                candidates.Enqueue(candidate, (candidate.Context.ObjectiveValue(path.Final), candidate.Position));
            }
        }

        // True when a route through other countries within reach of the best may still come: runs the waiting
        // searches that could be one.
        bool HedgeAhead(double within)
        {
            foreach (var waiting in candidates.UnorderedItems.Where(c => c.Element.Path is null && c.Element.AvoidsCountry && c.Priority.Item1 <= within).Select(c => c.Element).ToList())
            {
                candidates.Remove(waiting, out _, out _);
                Run(waiting);
            }

            return candidates.UnorderedItems.Any(c => c.Element.AvoidsCountry && c.Priority.Item1 <= within);
        }

        Try(CrossingSet.None, query.Modes, false);
        while (chosen.Count < query.Alternatives && candidates.TryDequeue(out var candidate, out _))
        {
            if (candidate.Path is null)
            {
                Run(candidate);
                continue;
            }

            var crossings = candidate.Path.Edges.Select(e => graph.CrossingIndex[e]).Where(c => c >= 0).Select(c => Network.Crossings[c]).ToList();
            if (!signatures.Add(Signature(graph, candidate.Path.Edges, crossings)))
            {
                // The same corridors again under other restrictions: nothing new to offer or to branch from.
                continue;
            }

            {
                var entered = crossings.Select(c => CountryEntered(graph, candidate.Path.Edges, c)).ToList();
                var value = candidate.Context.ObjectiveValue(candidate.Path.Final);
                best ??= value;
                bestPath ??= candidate.Path;
                var hedge = value <= OtherCountriesWithin * best && entered.All(c => ends.Contains(c) || CorridorTransit.Contains(c));
                (hedge && countrySequences.Add(string.Join(">", entered)) ? chosen : deferred).Add(candidate);
                if (chosen.Count + deferred.Count >= query.Alternatives && !HedgeAhead(OtherCountriesWithin * best.Value))
                {
                    break;
                }
            }

            foreach (var corridor in crossings.Select(c => c.Corridor).Distinct(StringComparer.Ordinal))
            {
                Try(candidate.Forbidden.Union(tables.Family(corridor)), candidate.Modes, false);
            }

            foreach (var transit in crossings.SelectMany(c => new[] { c.SideA.Country, c.SideB.Country }).Distinct().Where(c => !ends.Contains(c) && candidate.Path == bestPath))
            {
                Try(candidate.Forbidden.Union(tables.Touching(transit)), candidate.Modes, true);
            }

            if (candidate.Modes.Count > 1)
            {
                // Keeping to a mode the path already keeps to would find the same path again.
                var used = candidate.Path.Edges.Select(e => graph.Kind[e]).Where(k => k != Graph.EdgeKind.Transfer).Distinct().ToList();
                foreach (var mode in candidate.Modes.Where(m => used.Count > 1 || !used.Contains(m == TransportMode.Rail ? Graph.EdgeKind.Rail : Graph.EdgeKind.Road)))
                {
                    Try(candidate.Forbidden, new HashSet<TransportMode> { mode }, false);
                }
            }
        }

        List<Route> routes = [.. chosen.Concat(deferred.Take(query.Alternatives - chosen.Count))
            .OrderBy(c => c.Context.ObjectiveValue(c.Path!.Final))
            .Select((c, i) => RouteBuilder.Build(c.Context, graph, c.Path!, i + 1))];
        return (routes, bestPath);
    }

    /// <summary>
    /// A search already run that answers one with more crossings forbidden and no more modes: one that found nothing, or
    /// whose path keeps clear of what is now forbidden (forbidding more can only make the best worse, and the earlier
    /// best is still allowed). Null when the search must run.
    /// </summary>
    private static Searched? Answered(List<Searched> searched, CrossingSet forbidden, IReadOnlySet<TransportMode> modes) =>
        searched.FirstOrDefault(earlier => earlier.Forbidden.IsSubsetOf(forbidden) && modes.All(earlier.Modes.Contains)
            && (earlier.Path is null || earlier.Use.KeptBy(forbidden, modes)));

    /// <summary>The country a path enters at a crossing (the side it travels to).</summary>
    private CountryCode CountryEntered(Graph.CompactGraph graph, List<int> edges, BorderCrossing crossing)
    {
        var edge = edges.First(e => graph.CrossingIndex[e] >= 0 && Network.Crossings[graph.CrossingIndex[e]].Id == crossing.Id);
        return Network.Places[Graph.CompactGraph.PlaceOf(graph.Target[edge])].Country;
    }

    /// <summary>
    /// Names the closures the best route goes around: the calendar closures its search met on the way of routes that
    /// would have been at least as good (by the search's lower bound) had the link or crossing been open.
    /// </summary>
    private static ImmutableArray<ClosureAvoided> ClosuresAvoided(FoundPath path, SearchContext context, Route route)
    {
        if (path.Blocked.Count == 0)
        {
            return [];
        }

        var used = route.BorderCrossings.Select(c => c.Id.Value).Concat(route.Legs.SelectMany(l => l.Links).Select(l => l.Value)).ToHashSet(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ClosureAvoided>();
        var seen = new HashSet<int>();
        foreach (var (edge, hours) in path.Blocked.Where(b => seen.Add(b.Edge)))
        {
            if (context.ClosureAt(edge, context.Query.Departure.AddHours(hours)) is { } closure && !used.Contains(closure.Id) && !result.Any(r => r.Id == closure.Id))
            {
                result.Add(closure);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>What makes two routes different for a planner: the corridor families in order and the sequence of modes.</summary>
    private static string Signature(Graph.CompactGraph graph, List<int> edges, List<BorderCrossing> crossings)
    {
        var signature = new StringBuilder();
        foreach (var crossing in crossings)
        {
            signature.Append(crossing.Corridor).Append('>');
        }

        signature.Append('|');
        var last = Graph.EdgeKind.Transfer;
        foreach (var edge in edges)
        {
            if (graph.Kind[edge] is var kind && kind != Graph.EdgeKind.Transfer && kind != last)
            {
                signature.Append(kind == Graph.EdgeKind.Rail ? 'R' : 'T');
                last = kind;
            }
        }

        return signature.ToString();
    }

    /// <summary>What is wrong with a query's fields (an invalid-query problem naming the field), or null when it is valid.</summary>
    public RouteProblem? Check(RouteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Network.TryGetPlace(query.Origin, out var origin))
        {
            return Invalid("origin", $"'{query.Origin}' is not a place of the network");
        }

        if (!Network.TryGetPlace(query.Destination, out var destination))
        {
            return Invalid("destination", $"'{query.Destination}' is not a place of the network");
        }

        if (origin.Id == destination.Id)
        {
            return Invalid("destination", $"the destination is the origin ({origin.Name})");
        }

        var departureDay = DateOnly.FromDateTime(query.Departure.UtcDateTime);
        if (departureDay < RouteQuery.EarliestDay || departureDay > RouteQuery.LatestDay)
        {
            return Invalid("departure", $"the departure must be between {RouteQuery.EarliestDay:yyyy-MM-dd} and {RouteQuery.LatestDay:yyyy-MM-dd}, not {departureDay:yyyy-MM-dd}");
        }

        if (query.Alternatives is < 1 or > RouteQuery.MaxAlternatives)
        {
            return Invalid("alternatives", $"alternatives must be 1 to {RouteQuery.MaxAlternatives}, not {query.Alternatives}");
        }

        if (query.Modes.Count == 0)
        {
            return Invalid("modes", "at least one mode (rail or road) is needed");
        }

        if (!(query.Cargo.Quantity > 0) || double.IsInfinity(query.Cargo.Quantity))
        {
            return Invalid("cargo.quantity", $"the quantity must be greater than zero, not {query.Cargo.Quantity.ToString(CultureInfo.InvariantCulture)}");
        }

        var vehicles = Math.Max(query.Cargo.Vehicles(TransportMode.Rail, Network.Vehicles), query.Cargo.Vehicles(TransportMode.Road, Network.Vehicles));
        if (vehicles > MaxVehicles)
        {
            return Invalid("cargo.quantity", $"{query.Cargo.Quantity.ToString(CultureInfo.InvariantCulture)} {query.Cargo.Unit.ToString().ToLowerInvariant()} needs {vehicles} vehicles, more than the {MaxVehicles} one shipment may have; split it or plan it with the planner");
        }

        if (!(query.ValueOfTimeUsdPerHour >= 0) || query.ValueOfTimeUsdPerHour > 1_000_000)
        {
            return Invalid("valueOfTimeUsdPerHour", "the value of time must be between 0 and 1,000,000 USD per hour");
        }

        foreach (var country in query.AvoidCountries)
        {
            if (!Network.Countries.Any(c => c.Code == country))
            {
                return Invalid("avoidCountries", $"'{country}' is not a country of the network ({string.Join(", ", Network.Countries.Select(c => c.Code))})");
            }

            if (country == origin.Country || country == destination.Country)
            {
                return Invalid("avoidCountries", $"{country} cannot be avoided: the {(country == origin.Country ? "origin" : "destination")} is there");
            }
        }

        if (query.VehicleRegistration is { } registration && !Network.Countries.Any(c => c.Code == registration))
        {
            return Invalid("vehicleRegistration", $"'{registration}' is not a country of the network ({string.Join(", ", Network.Countries.Select(c => c.Code))})");
        }

        foreach (var crossing in query.AvoidCrossings.Where(c => !Network.TryGetCrossing(c, out _)))
        {
            return Invalid("avoidCrossings", $"'{crossing}' is not a border crossing of the network");
        }

        return null;
    }

    private static RouteProblem Invalid(string field, string message) => new(RouteProblemKind.InvalidQuery, field, message);

    /// <summary>A search run for the alternatives: its restrictions and the path (null when none), and what the path uses.</summary>
    private sealed record Searched(CrossingSet Forbidden, IReadOnlySet<TransportMode> Modes, FoundPath? Path, PathUse Use);

    /// <summary>What a path uses that a restricted search may forbid: its crossings, and rail, road or transfer edges.</summary>
    private readonly record struct PathUse(CrossingSet Crossings, bool Rail, bool Road, bool Transfer)
    {
        public static PathUse Of(Graph.CompactGraph graph, FoundPath? path)
        {
            if (path is null)
            {
                return new PathUse(CrossingSet.None, false, false, false);
            }

            bool rail = false, road = false, transfer = false;
            foreach (var edge in path.Edges)
            {
                rail |= graph.Kind[edge] == Graph.EdgeKind.Rail;
                road |= graph.Kind[edge] == Graph.EdgeKind.Road;
                transfer |= graph.Kind[edge] == Graph.EdgeKind.Transfer;
            }

            return new PathUse(CrossingSet.Of(path.Edges.Select(e => graph.CrossingIndex[e]).Where(c => c >= 0)), rail, road, transfer);
        }

        /// <summary>True when every edge of the path is still allowed with these crossings forbidden and only these modes.</summary>
        public bool KeptBy(CrossingSet forbidden, IReadOnlySet<TransportMode> modes) =>
            !Crossings.Overlaps(forbidden)
            && (!Rail || modes.Contains(TransportMode.Rail))
            && (!Road || modes.Contains(TransportMode.Road))
            && (!Transfer || modes.Count > 1);
    }

    /// <summary>A restricted search in the queue: its context, its path (null while it waits to run), and its place in the order tried.</summary>
    private sealed record Candidate(SearchContext Context, FoundPath? Path, CrossingSet Forbidden, IReadOnlySet<TransportMode> Modes, bool AvoidsCountry, int Position);
}
