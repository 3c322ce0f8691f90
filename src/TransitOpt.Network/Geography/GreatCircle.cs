namespace TransitOpt.Network.Geography;

/// <summary>Distances on the Earth's surface (spherical model, mean radius).</summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean Earth radius in km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>The haversine distance in km between two WGS84 points given in degrees.</summary>
    public static double DistanceKm(double lon1, double lat1, double lon2, double lat2)
    {
        var dLat = DegreesToRadians(lat2 - lat1);
        var dLon = DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(DegreesToRadians(lat1)) * Math.Cos(DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
