using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Serialization;

namespace TransitOpt.Api.Contracts.Json;

/// <summary>
/// Reads a plan day as a date (2026-03-02) or as any corridor time (2026-03-02T18:00+03:00), which counts for the day it
/// falls on in corridor time, UTC+05:00; writes the ISO date.
/// </summary>
public sealed class CorridorDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && CorridorTime.TryParse(reader.GetString(), out var time)
            ? DateOnly.FromDateTime(time.ToOffset(ResourceSurcharges.CorridorOffset).DateTime)
            : throw new JsonException($"the day must be {CorridorTime.Expected}");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
