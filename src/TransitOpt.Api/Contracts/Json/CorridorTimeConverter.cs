using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network.Serialization;

namespace TransitOpt.Api.Contracts.Json;

/// <summary>Reads a request time the way the CLI does (<see cref="CorridorTime"/>: no offset means UTC+05:00); writes ISO 8601.</summary>
public sealed class CorridorTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && CorridorTime.TryParse(reader.GetString(), out var time)
            ? time
            : throw new JsonException($"the time must be {CorridorTime.Expected}");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
