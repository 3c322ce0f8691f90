using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Api.Contracts.Places;

/// <summary>A place in a request: <c>{ "place": "Almaty" }</c> (a node id or name) or <c>{ "point": { "lon": 69.2, "lat": 41.3 } }</c>.</summary>
[JsonConverter(typeof(PlaceInputConverter))]
public sealed record PlaceInput(string? Text, double? Lon, double? Lat)
{
    /// <summary>What the place resolver takes: the text, or <c>lon,lat</c>.</summary>
    public string ToQuery() => Text ?? string.Create(CultureInfo.InvariantCulture, $"{Lon},{Lat}");

    /// <summary>
    /// How the place a request field names resolved (its place, and for a point, the snap), or null after recording in
    /// <paramref name="errors"/> why not (missing, unknown with suggestions, ambiguous with candidates, or coordinates too
    /// far from the network).
    /// </summary>
    public static PlaceResolution? Resolve(PlaceInput? input, TransitNetwork network, string field, IReadOnlyCollection<TransportMode> modes, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            errors[field] = [$"{field} is required: {{ \"place\": a node id or name }} or {{ \"point\": {{ \"lon\", \"lat\" }} }}"];
            return null;
        }

        var resolution = PlaceResolver.Resolve(network, input.ToQuery(), modes);
        if (resolution.Place is null)
        {
            errors[field] = [resolution.Problem!];
            return null;
        }

        return resolution;
    }
}

/// <summary>
/// Reads a place in any of its forms: <c>{ "place": "Almaty" }</c> or <c>{ "point": { "lon": 69.2, "lat": 41.3 } }</c>
/// (the documented shape, one of the two), and the older <c>"Almaty"</c> and <c>{ "lon": 69.2, "lat": 41.3 }</c>.
/// </summary>
public sealed class PlaceInputConverter : JsonConverter<PlaceInput>
{
    public override PlaceInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new PlaceInput(reader.GetString(), null, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A place is { \"place\": \"name or id\" } or { \"point\": { \"lon\": …, \"lat\": … } }.");
        }

        string? text = null;
        (double? Lon, double? Lat) point = (null, null), bare = (null, null);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (string.Equals(name, "place", StringComparison.OrdinalIgnoreCase))
            {
                text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("'place' must be a node id or name (a string).");
            }
            else if (string.Equals(name, "point", StringComparison.OrdinalIgnoreCase))
            {
                point = ReadPoint(ref reader);
            }
            else
            {
                bare = Coordinate(ref reader, name, bare);
            }
        }

        var coordinates = point.Lon is not null || point.Lat is not null ? point : bare;
        if (text is not null)
        {
            return coordinates.Lon is null && coordinates.Lat is null
                ? new PlaceInput(text, null, null)
                : throw new JsonException("A place is either 'place' or 'point', not both.");
        }

        return coordinates.Lon is null || coordinates.Lat is null
            ? throw new JsonException("A place needs 'place' (a node id or name) or 'point' with both \"lon\" and \"lat\".")
            : new PlaceInput(null, coordinates.Lon, coordinates.Lat);
    }

    private static (double? Lon, double? Lat) ReadPoint(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("'point' is an object { \"lon\": …, \"lat\": … }.");
        }

        (double? Lon, double? Lat) point = (null, null);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            point = Coordinate(ref reader, name, point);
        }

        return point;
    }

    private static (double? Lon, double? Lat) Coordinate(ref Utf8JsonReader reader, string? name, (double? Lon, double? Lat) point)
    {
        var lower = name?.ToLowerInvariant();
        if (lower is not ("lon" or "lat"))
        {
            throw new JsonException($"A place has no property '{name}': it is 'place' or 'point' {{ lon, lat }}.");
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"'{name}' must be a number of degrees.");
        }

        return lower == "lon" ? (reader.GetDouble(), point.Lat) : (point.Lon, reader.GetDouble());
    }

    /// <summary>Writes the documented shape: <c>{ "place": … }</c> or <c>{ "point": { "lon": …, "lat": … } }</c>.</summary>
    public override void Write(Utf8JsonWriter writer, PlaceInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Text is not null)
        {
            writer.WriteString("place", value.Text);
        }
        else
        {
            writer.WriteStartObject("point");
            writer.WriteNumber("lon", value.Lon ?? 0);
            writer.WriteNumber("lat", value.Lat ?? 0);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
