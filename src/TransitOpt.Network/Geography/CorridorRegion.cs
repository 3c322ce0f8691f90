namespace TransitOpt.Network.Geography;

/// <summary>
/// The box the corridor's data must fall in: from the Caspian (45° E) to Xinjiang (90° E), from northern
/// Afghanistan (34° N) to the Russian border stations (57° N). A coordinate outside it is a data error
/// (typically swapped longitude and latitude).
/// </summary>
public static class CorridorRegion
{
    /// <summary>Westernmost longitude.</summary>
    public const double MinLongitude = 45;

    /// <summary>Easternmost longitude.</summary>
    public const double MaxLongitude = 90;

    /// <summary>Southernmost latitude.</summary>
    public const double MinLatitude = 34;

    /// <summary>Northernmost latitude.</summary>
    public const double MaxLatitude = 57;

    /// <summary>True when the point lies in the region.</summary>
    public static bool Contains(double longitude, double latitude) =>
        longitude is >= MinLongitude and <= MaxLongitude && latitude is >= MinLatitude and <= MaxLatitude;
}
