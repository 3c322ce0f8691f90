using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Api.Contracts;

/// <summary>A place in a request: a node id or exact name (a JSON string), or <c>{ "lon": 69.2, "lat": 41.3 }</c>.</summary>
[JsonConverter(typeof(PlaceInputConverter))]
public sealed record PlaceInput(string? Text, double? Lon, double? Lat)
{
    /// <summary>What the place resolver takes: the text, or <c>lon,lat</c>.</summary>
    public string ToQuery() => Text ?? string.Create(CultureInfo.InvariantCulture, $"{Lon},{Lat}");

    /// <summary>
    /// The place a request field names, or null after recording in <paramref name="errors"/> why not (missing,
    /// unknown with suggestions, ambiguous with candidates, or coordinates too far from the network).
    /// </summary>
    public static Place? Resolve(PlaceInput? input, TransitNetwork network, string field, IReadOnlyCollection<TransportMode> modes, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            errors[field] = [$"{field} is required: a node id, an exact name, or {{ \"lon\", \"lat\" }}"];
            return null;
        }

        var resolution = PlaceResolver.Resolve(network, input.ToQuery(), modes);
        if (resolution.Place is null)
        {
            errors[field] = [resolution.Problem!];
        }

        return resolution.Place;
    }
}

/// <summary>Reads a place from a JSON string or a coordinates object.</summary>
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
            throw new JsonException("A place is a node id or name (a string) or an object { \"lon\": …, \"lat\": … }.");
        }

        double? lon = null, lat = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException($"'{name}' must be a number of degrees.");
            }

            if (string.Equals(name, "lon", StringComparison.OrdinalIgnoreCase))
            {
                lon = reader.GetDouble();
            }
            else if (string.Equals(name, "lat", StringComparison.OrdinalIgnoreCase))
            {
                lat = reader.GetDouble();
            }
        }

        return lon is null || lat is null
            ? throw new JsonException("A coordinates place needs both \"lon\" and \"lat\".")
            : new PlaceInput(null, lon, lat);
    }

    public override void Write(Utf8JsonWriter writer, PlaceInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("lon", value.Lon ?? 0);
        writer.WriteNumber("lat", value.Lat ?? 0);
        writer.WriteEndObject();
    }
}
