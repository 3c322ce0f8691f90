namespace TransitOpt.Network.Loading;

/// <summary>The names of the files that make up a network data folder.</summary>
public static class DataFiles
{
    /// <summary>Countries, time zones, customs unions and neighbours.</summary>
    public const string Countries = "countries.json";

    /// <summary>Places (Point features).</summary>
    public const string Places = "places.geojson";

    /// <summary>Rail and road links (LineString features).</summary>
    public const string Links = "links.geojson";

    /// <summary>Border crossing points (Point features).</summary>
    public const string Crossings = "crossings.geojson";

    /// <summary>Rail–road and break-of-gauge terminals.</summary>
    public const string Terminals = "terminals.json";

    /// <summary>Vehicles and transport cost per vehicle-km.</summary>
    public const string Tariffs = "tariffs.json";

    /// <summary>Every file, in the order they are hashed into the network version.</summary>
    public static readonly IReadOnlyList<string> All = [Countries, Places, Links, Crossings, Terminals, Tariffs];
}
