namespace TransitOpt.Network;

public sealed partial class TransitNetwork
{
    /// <summary>
    /// Places whose id, name or other spelling equals <paramref name="text"/>, ignoring case. An id match wins
    /// outright; otherwise every place with that name is returned, so a caller can list the candidates.
    /// </summary>
    public IReadOnlyList<Place> FindPlaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = text.Trim();
        if (_places.TryGetValue(new NodeId(query.ToUpperInvariant()), out var byId))
        {
            return [byId];
        }

        var exact = Places.Where(p => string.Equals(p.Name, query, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var other = Places.Where(p => p.AltNames.Any(a => string.Equals(a, query, StringComparison.OrdinalIgnoreCase))).ToList();
        if (other.Count > 0)
        {
            return other;
        }

        // Another romanisation of a known name (Kustanai, Qostanay, Khodjent): the same place, when only one matches.
        var key = PlaceSpelling.Key(query);
        var folded = key.Length < 3 ? [] : Places.Where(p => Spellings(p).Any(s => PlaceSpelling.Key(s) == key)).ToList();
        return folded.Count == 1 ? folded : [];
    }

    /// <summary>Up to <paramref name="count"/> places whose name or id contains <paramref name="text"/>, for suggestions.</summary>
    public IReadOnlyList<Place> SuggestPlaces(string text, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = text.Trim();
        var containing = Places
            .Where(p => p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Id.Value.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.AltNames.Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .Take(count)
            .ToList();
        if (containing.Count > 0 || query.Length < 3)
        {
            return containing;
        }

        // Nothing contains it: the names a few edits away (Almati, Dushanbee), nearest first.
        var key = PlaceSpelling.Key(query);
        return [.. Places
            .Select(p => (Place: p, Edits: Spellings(p).Min(s => PlaceSpelling.Distance(PlaceSpelling.Key(s), key))))
            .Where(x => x.Edits <= PlaceSpelling.Tolerance(key))
            .OrderBy(x => x.Edits)
            .ThenBy(x => x.Place.Kind)
            .Take(count)
            .Select(x => x.Place)];
    }

    private static IEnumerable<string> Spellings(Place place) => place.AltNames.Prepend(place.Name);
}
