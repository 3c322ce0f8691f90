using System.Globalization;
using TransitOpt.Network.Geography;

namespace TransitOpt.Network.Routing;

/// <summary>The outcome of resolving what a user typed into a place of the network.</summary>
/// <param name="Place">The place, or null when it could not be resolved.</param>
/// <param name="Problem">Why not, in words a user can act on; null on success.</param>
/// <param name="Candidates">Places the user may have meant (ambiguous or misspelt names).</param>
/// <param name="SnappedKm">For coordinates, how far the chosen place is from them; 0 otherwise.</param>
public sealed record PlaceResolution(Place? Place, string? Problem, IReadOnlyList<Place> Candidates, double SnappedKm)
{
    /// <summary>The coordinates given (X longitude, Y latitude) when the place was snapped to from them; null for a name or id.</summary>
    public NetTopologySuite.Geometries.Coordinate? SnappedFrom { get; init; }
}

/// <summary>
/// Resolves a place given as a node id (<c>KZ-ALMATY</c>), an exact name or other spelling (<c>Almaty</c>, any case),
/// or coordinates <c>lon,lat</c> snapped to the nearest place served by one of the allowed modes.
/// </summary>
public static class PlaceResolver
{
    /// <summary>Coordinates farther than this from every suitable place are refused rather than snapped.</summary>
    public const double MaxSnapKm = 100;

    /// <summary>Resolves <paramref name="text"/> for a search with the given modes.</summary>
    public static PlaceResolution Resolve(TransitNetwork network, string text, IReadOnlyCollection<TransportMode> modes)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(modes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("no place given");
        }

        if (TryParseCoordinates(text, out var longitude, out var latitude))
        {
            return Snap(network, longitude, latitude, modes);
        }

        var found = network.FindPlaces(text);
        return found.Count switch
        {
            1 => new PlaceResolution(found[0], null, [], 0),
            0 => Unknown(network, text),
            _ => new PlaceResolution(
                null,
                $"'{text}' names {found.Count} places: {string.Join(", ", found.Select(Describe))}; give the id instead",
                found,
                0),
        };
    }

    /// <summary>The nearest place to a point that one of the modes serves, within <see cref="MaxSnapKm"/>.</summary>
    public static PlaceResolution Snap(TransitNetwork network, double longitude, double latitude, IReadOnlyCollection<TransportMode> modes)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(modes);
        if (!CorridorRegion.Contains(longitude, latitude))
        {
            return Fail(string.Create(CultureInfo.InvariantCulture, $"coordinates {longitude},{latitude} (lon,lat) are outside the corridor region"));
        }

        var served = network.Links
            .Where(l => l.Status.CarriesFreight() && modes.Contains(l.Mode))
            .SelectMany(l => new[] { l.From, l.To })
            .ToHashSet();
        var nearest = network.Places
            .Where(p => served.Contains(p.Id))
            .Select(p => (Place: p, Km: GreatCircle.DistanceKm(longitude, latitude, p.Longitude, p.Latitude)))
            .OrderBy(x => x.Km)
            .FirstOrDefault();
        return nearest.Place is null || nearest.Km > MaxSnapKm
            ? Fail(string.Create(CultureInfo.InvariantCulture, $"no place served by {string.Join(" or ", modes)} lies within {MaxSnapKm} km of {longitude},{latitude}"))
            : new PlaceResolution(nearest.Place, null, [], nearest.Km) { SnappedFrom = new(longitude, latitude) };
    }

    private static PlaceResolution Unknown(TransitNetwork network, string text)
    {
        var suggestions = network.SuggestPlaces(text);
        var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(Describe))}?" : string.Empty;
        return new PlaceResolution(null, $"unknown place '{text}'{hint}", suggestions, 0);
    }

    private static string Describe(Place place) => $"{place.Name} ({place.Id})";

    private static PlaceResolution Fail(string problem) => new(null, problem, [], 0);

    private static bool TryParseCoordinates(string text, out double longitude, out double latitude)
    {
        longitude = latitude = 0;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out longitude)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out latitude);
    }
}
