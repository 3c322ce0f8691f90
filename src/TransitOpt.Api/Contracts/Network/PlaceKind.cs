using Domain = TransitOpt.Network.PlaceKind;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>What a place of the network is.</summary>
public enum PlaceKind
{
    /// <summary>A town or city served by road and often rail.</summary>
    City,

    /// <summary>A railway station that is not otherwise a town of the network.</summary>
    Station,

    /// <summary>A rail or road junction.</summary>
    Junction,

    /// <summary>A sea port on the Caspian.</summary>
    Port,

    /// <summary>A border post or border station.</summary>
    Border,

    /// <summary>A mountain pass or tunnel on a road.</summary>
    Pass,

    /// <summary>A point that only shapes a long link (no town of note).</summary>
    Waypoint,
}

/// <summary>The explicit mapping between <see cref="PlaceKind"/> on the wire and in the domain.</summary>
internal static class PlaceKindMapping
{
    public static PlaceKind ToWire(this Domain value) => value switch
    {
        Domain.City => PlaceKind.City,
        Domain.Station => PlaceKind.Station,
        Domain.Junction => PlaceKind.Junction,
        Domain.Port => PlaceKind.Port,
        Domain.Border => PlaceKind.Border,
        Domain.Pass => PlaceKind.Pass,
        Domain.Waypoint => PlaceKind.Waypoint,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
