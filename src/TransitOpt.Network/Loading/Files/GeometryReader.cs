using System.Text.Json;
using NetTopologySuite.Geometries;

namespace TransitOpt.Network.Loading.Files;

/// <summary>Turns GeoJSON coordinate arrays into NetTopologySuite geometries, or says what is wrong.</summary>
internal static class GeometryReader
{
    /// <summary>WGS84 geometries (SRID 4326).</summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Point? ReadPoint(GeometryDto? geometry, out string? problem)
    {
        if (geometry is null || !string.Equals(geometry.Type, "Point", StringComparison.Ordinal))
        {
            problem = $"geometry must be a GeoJSON Point, found {geometry?.Type ?? "none"}";
            return null;
        }

        var coordinate = ReadCoordinate(geometry.Coordinates);
        problem = coordinate is null ? "Point coordinates must be [longitude, latitude]" : null;
        return coordinate is null ? null : Factory.CreatePoint(coordinate);
    }

    public static LineString? ReadLineString(GeometryDto? geometry, out string? problem)
    {
        if (geometry is null || !string.Equals(geometry.Type, "LineString", StringComparison.Ordinal))
        {
            problem = $"geometry must be a GeoJSON LineString, found {geometry?.Type ?? "none"}";
            return null;
        }

        if (geometry.Coordinates.ValueKind != JsonValueKind.Array || geometry.Coordinates.GetArrayLength() < 2)
        {
            problem = "LineString needs at least two [longitude, latitude] positions";
            return null;
        }

        var coordinates = new List<Coordinate>();
        foreach (var position in geometry.Coordinates.EnumerateArray())
        {
            var coordinate = ReadCoordinate(position);
            if (coordinate is null)
            {
                problem = "every LineString position must be [longitude, latitude]";
                return null;
            }

            coordinates.Add(coordinate);
        }

        problem = null;
        return Factory.CreateLineString([.. coordinates]);
    }

    private static Coordinate? ReadCoordinate(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            return null;
        }

        var x = position[0];
        var y = position[1];
        return x.ValueKind == JsonValueKind.Number && y.ValueKind == JsonValueKind.Number
            ? new Coordinate(x.GetDouble(), y.GetDouble())
            : null;
    }
}
