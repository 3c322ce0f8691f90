using System.ComponentModel;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>The loaded network.</summary>
public sealed record NetworkInfo(
    [property: Description("Content hash of the data.")] string Version,
    [property: Description("Number of places.")] int Places,
    [property: Description("Number of rail and road links.")] int Links,
    [property: Description("Number of border crossing points.")] int Crossings,
    [property: Description("Number of rail–road and gauge-change terminals.")] int Terminals,
    [property: Description("ISO codes of the countries.")] List<string> Countries,
    [property: Description("Bounding box [min lon, min lat, max lon, max lat] in degrees.")] List<double> BoundingBox);
