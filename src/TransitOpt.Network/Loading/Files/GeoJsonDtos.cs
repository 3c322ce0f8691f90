using System.Text.Json;

namespace TransitOpt.Network.Loading.Files;

/// <summary>A GeoJSON FeatureCollection as written in the data files.</summary>
internal sealed record FeatureCollectionDto<TProperties>(string? Type, List<FeatureDto<TProperties>?>? Features);

/// <summary>A GeoJSON Feature with typed properties.</summary>
internal sealed record FeatureDto<TProperties>(string? Type, GeometryDto? Geometry, TProperties? Properties);

/// <summary>A GeoJSON geometry; coordinates are read by <see cref="GeometryReader"/>.</summary>
internal sealed record GeometryDto(string? Type, JsonElement Coordinates);
