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

    /// <summary>Where the source keys that every figure cites are defined (not read by the loader).</summary>
    public const string Sources = "SOURCES.md";

    /// <summary>Every file, in the order they are hashed into the network version.</summary>
    public static readonly IReadOnlyList<string> All = [Countries, Places, Links, Crossings, Terminals, Tariffs];

    /// <summary>The nearest folder named <c>data</c> holding a places file, in <paramref name="start"/> or above it; null when none.</summary>
    public static string? FindDataFolderAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, Places)))
            {
                return candidate;
            }
        }

        return null;
    }
}
