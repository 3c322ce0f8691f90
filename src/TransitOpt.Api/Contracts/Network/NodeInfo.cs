using System.ComponentModel;
using TransitOpt.Network;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>A place.</summary>
public sealed record NodeInfo(
    [property: Description("Stable id, e.g. KZ-ALMATY.")] string Id,
    [property: Description("Common English name.")] string Name,
    [property: Description("Other spellings.")] List<string> AltNames,
    [property: Description("city, station, junction, port, border, pass or waypoint.")] PlaceKind Kind,
    [property: Description("ISO country code.")] string Country,
    [property: Description("Longitude, degrees.")] double Lon,
    [property: Description("Latitude, degrees.")] double Lat)
{
    public static NodeInfo From(Place p) => new(p.Id.Value, p.Name, [.. p.AltNames], p.Kind.ToWire(), p.Country.Value, p.Longitude, p.Latitude);
}
