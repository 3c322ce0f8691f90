using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace TransitOpt.Network;

/// <summary>A place of the network: one node that serves every mode whose links end at it.</summary>
/// <param name="Id">Stable id, e.g. <c>KZ-ALMATY</c>.</param>
/// <param name="Name">The common English name, unique in the network.</param>
/// <param name="AltNames">Other spellings a planner may type.</param>
/// <param name="Kind">What the place is.</param>
/// <param name="Country">The country the place is in.</param>
/// <param name="Location">WGS84 point (x = longitude, y = latitude).</param>
/// <param name="Source">Where the place and its coordinates come from (keys of <c>data/SOURCES.md</c>).</param>
public sealed record Place(
    NodeId Id,
    string Name,
    ImmutableArray<string> AltNames,
    PlaceKind Kind,
    CountryCode Country,
    Point Location,
    string Source)
{
    /// <summary>Longitude in degrees.</summary>
    public double Longitude => Location.X;

    /// <summary>Latitude in degrees.</summary>
    public double Latitude => Location.Y;
}
