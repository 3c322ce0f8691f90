using System.Text.Json.Serialization;

namespace TransitOpt.Network.Loading.Files;

/// <summary>Source-generated JSON metadata for the data files (camelCase, comments and trailing commas allowed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(FeatureCollectionDto<PlaceProperties>))]
[JsonSerializable(typeof(FeatureCollectionDto<LinkProperties>))]
[JsonSerializable(typeof(FeatureCollectionDto<CrossingProperties>))]
[JsonSerializable(typeof(CountriesFile))]
[JsonSerializable(typeof(TerminalsFile))]
[JsonSerializable(typeof(TariffsFile))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
