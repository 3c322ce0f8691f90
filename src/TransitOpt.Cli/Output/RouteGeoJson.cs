using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using TransitOpt.Network.Routing;

namespace TransitOpt.Cli.Output;

/// <summary>Route answers as a GeoJSON FeatureCollection.</summary>
internal static class RouteGeoJson
{
    /// <summary>One LineString feature per route (best first) and one Point feature per border crossing passed.</summary>
    public static string Write(RouteResponse response, Func<Network.CrossingId, Point> crossingLocation)
    {
        var collection = new FeatureCollection();
        foreach (var route in response.Routes)
        {
            collection.Add(new Feature(route.Geometry, new AttributesTable
            {
                { "kind", "route" },
                { "rank", route.Rank },
                { "summary", route.Summary },
                { "distanceKm", Math.Round(route.DistanceKm, 1) },
                { "durationHours", Math.Round(route.DurationHours, 1) },
                { "arrival", route.Arrival.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                { "totalUsd", Math.Round(route.Cost.TotalUsd, 0) },
                { "co2Kg", Math.Round(route.Co2Kg, 0) },
            }));
            foreach (var crossing in route.BorderCrossings)
            {
                collection.Add(new Feature(crossingLocation(crossing.Id), new AttributesTable
                {
                    { "kind", "crossing" },
                    { "rank", route.Rank },
                    { "id", crossing.Id.Value },
                    { "name", crossing.Name },
                    { "waitHours", Math.Round(crossing.WaitHours, 1) },
                    { "dwellHours", crossing.DwellHours },
                }));
            }
        }

        return CliJson.WriteGeoJson(collection);
    }
}
