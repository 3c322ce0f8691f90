using System.Collections.Immutable;
using TransitOpt.Network.Graph;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>
/// The alternatives as the router found them before its searches shared work: every restricted search run in full,
/// each with the query's own lower bounds. The reference the faster router must agree with route for route.
/// </summary>
internal static class ReferenceAlternatives
{
    private const double OtherCountriesWithin = 1.5;
    private const int MaxSearches = 24;
    private static readonly CountryCode[] CorridorTransit = [new("UZ"), new("KG")];

    public static List<Route> Find(TransitNetwork network, RouteQuery query)
    {
        var graph = network.Graph;
        var search = new RouteSearch(graph);
        var basis = new SearchContext(graph, query, ImmutableHashSet<CrossingId>.Empty, query.Modes);
        var chosen = new List<Candidate>();
        var deferred = new List<Candidate>();
        var countrySequences = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new PriorityQueue<Candidate, (double, int)>();
        var searches = 0;
        var order = 0;
        var ends = new[] { network.Place(query.Origin).Country, network.Place(query.Destination).Country };
        double? best = null;
        FoundPath? bestPath = null;

        void Try(ImmutableHashSet<CrossingId> forbidden, IReadOnlySet<TransportMode> modes, bool avoidsCountry)
        {
            var key = string.Join(",", forbidden.Select(c => c.Value).Order(StringComparer.Ordinal)) + "|" + string.Join(",", modes.Order());
            if (searches >= MaxSearches || !tried.Add(key))
            {
                return;
            }

            searches++;
            var context = basis.Restrict(CrossingSet.Of(forbidden.Select(id => network.Crossings.IndexOf(network.Crossing(id)))), modes);
            if (search.Find(context) is { } found)
            {
                candidates.Enqueue(new Candidate(context, found, forbidden, modes, avoidsCountry), (context.ObjectiveValue(found.Final), order++));
            }
        }

        Try([], query.Modes, false);
        while (chosen.Count < query.Alternatives && candidates.TryDequeue(out var candidate, out _))
        {
            var crossings = candidate.Path.Edges.Select(e => graph.CrossingIndex[e]).Where(c => c >= 0).Select(c => network.Crossings[c]).ToList();
            if (!signatures.Add(Signature(graph, candidate.Path.Edges, crossings)))
            {
                continue;
            }

            var entered = crossings.Select(c => CountryEntered(network, candidate.Path.Edges, c)).ToList();
            var value = candidate.Context.ObjectiveValue(candidate.Path.Final);
            best ??= value;
            bestPath ??= candidate.Path;
            var hedge = value <= OtherCountriesWithin * best && entered.All(c => ends.Contains(c) || CorridorTransit.Contains(c));
            (hedge && countrySequences.Add(string.Join(">", entered)) ? chosen : deferred).Add(candidate);
            if (chosen.Count + deferred.Count >= query.Alternatives
                && !candidates.UnorderedItems.Any(c => c.Element.AvoidsCountry && c.Priority.Item1 <= OtherCountriesWithin * best))
            {
                break;
            }

            foreach (var corridor in crossings.Select(c => c.Corridor).Distinct(StringComparer.Ordinal))
            {
                Try(candidate.Forbidden.Union(network.CorridorFamily(corridor)), candidate.Modes, false);
            }

            foreach (var transit in crossings.SelectMany(c => new[] { c.SideA.Country, c.SideB.Country }).Distinct().Where(c => !ends.Contains(c) && candidate.Path == bestPath))
            {
                Try(candidate.Forbidden.Union(network.Crossings.Where(c => c.SideA.Country == transit || c.SideB.Country == transit).Select(c => c.Id)), candidate.Modes, true);
            }

            if (candidate.Modes.Count > 1)
            {
                var used = candidate.Path.Edges.Select(e => graph.Kind[e]).Where(k => k != EdgeKind.Transfer).Distinct().ToList();
                foreach (var mode in candidate.Modes.Where(m => used.Count > 1 || !used.Contains(m == TransportMode.Rail ? EdgeKind.Rail : EdgeKind.Road)))
                {
                    Try(candidate.Forbidden, new HashSet<TransportMode> { mode }, false);
                }
            }
        }

        return [.. chosen.Concat(deferred.Take(query.Alternatives - chosen.Count))
            .OrderBy(c => c.Context.ObjectiveValue(c.Path.Final))
            .Select((c, i) => RouteBuilder.Build(c.Context, graph, c.Path, i + 1))];
    }

    private static CountryCode CountryEntered(TransitNetwork network, List<int> edges, BorderCrossing crossing)
    {
        var graph = network.Graph;
        var edge = edges.First(e => graph.CrossingIndex[e] >= 0 && network.Crossings[graph.CrossingIndex[e]].Id == crossing.Id);
        return network.Places[CompactGraph.PlaceOf(graph.Target[edge])].Country;
    }

    private static string Signature(CompactGraph graph, List<int> edges, List<BorderCrossing> crossings)
    {
        var modes = new List<EdgeKind>();
        foreach (var kind in edges.Select(e => graph.Kind[e]).Where(k => k != EdgeKind.Transfer))
        {
            if (modes.Count == 0 || modes[^1] != kind)
            {
                modes.Add(kind);
            }
        }

        return string.Join(">", crossings.Select(c => c.Corridor)) + "|" + string.Join(">", modes);
    }

    private sealed record Candidate(SearchContext Context, FoundPath Path, ImmutableHashSet<CrossingId> Forbidden, IReadOnlySet<TransportMode> Modes, bool AvoidsCountry);
}
