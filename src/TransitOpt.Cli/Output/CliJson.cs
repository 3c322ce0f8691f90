using System.Text.Json;
using NetTopologySuite.IO.Converters;
using TransitOpt.Api.Contracts.Json;

namespace TransitOpt.Cli.Output;

/// <summary>
/// The JSON the commands print: the API's contracts with the API's own serializer options (<see cref="WireJson"/>: field
/// names, enums as strings, times to whole seconds and money to cents), indented; GeoJSON output has its own.
/// </summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Contracts = new(WireJson.Options) { WriteIndented = true };

    private static readonly JsonSerializerOptions GeoJsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>A contract of the API (<c>TransitOpt.Api.Contracts</c>) as the API writes it.</summary>
    public static string Write<T>(T contract) => JsonSerializer.Serialize(contract, Contracts);

    /// <summary>A GeoJSON object (NetTopologySuite features).</summary>
    public static string WriteGeoJson<T>(T geoJson) => JsonSerializer.Serialize(geoJson, GeoJsonOptions);
}
