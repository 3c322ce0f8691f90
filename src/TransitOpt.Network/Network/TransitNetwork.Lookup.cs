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
        return exact.Count > 0
            ? exact
            : Places.Where(p => p.AltNames.Any(a => string.Equals(a, query, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>Up to <paramref name="count"/> places whose name or id contains <paramref name="text"/>, for suggestions.</summary>
    public IReadOnlyList<Place> SuggestPlaces(string text, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = text.Trim();
        return Places
            .Where(p => p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Id.Value.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.AltNames.Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .Take(count)
            .ToList();
    }
}
