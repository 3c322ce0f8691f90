using System.ComponentModel;
using TransitOpt.Network.Routing;

namespace TransitOpt.Api.Contracts.Places;

/// <summary>The place a request's origin or destination resolved to; for a point, where it was and how far it was snapped.</summary>
public sealed record ResolvedPlace(
    [property: Description("Node id, e.g. KZ-ALMATY.")] string Id,
    [property: Description("Common English name.")] string Name,
    [property: Description("The point given, when the place was given as a point and snapped to this place (the nearest place of the requested modes); null for a place given by name or id.")] GeoPoint? SnappedFromPoint,
    [property: Description("Great-circle distance from the point given to this place, km, to 10 m; null for a place given by name or id.")] double? SnapDistanceKm)
{
    /// <summary>The wire form of a resolved place (which must have resolved).</summary>
    public static ResolvedPlace From(PlaceResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var place = resolution.Place ?? throw new ArgumentException("the place did not resolve", nameof(resolution));
        return resolution.SnappedFrom is { } point
            ? new(place.Id.Value, place.Name, new GeoPoint(point.X, point.Y), Math.Round(resolution.SnappedKm, 2))
            : new(place.Id.Value, place.Name, null, null);
    }
}

/// <summary>WGS84 coordinates.</summary>
public sealed record GeoPoint(
    [property: Description("Longitude, degrees.")] double Lon,
    [property: Description("Latitude, degrees.")] double Lat);
