using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.IO.Converters;

namespace TransitOpt.Cli.Output;

/// <summary>The JSON every command prints: the API's field names (camelCase), enums as strings, geometries as GeoJSON.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new GeoJsonConverterFactory() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
