using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace TransitOpt.Api.Hosting;

/// <summary>Schema shapes that client generators (NSwag, Kiota) turn into usable types.</summary>
internal static class OpenApiShapes
{
    private const string GeoJson = "A GeoJSON object (RFC 7946), WGS84 longitude and latitude.";

    /// <summary>
    /// A place is an object with one of two properties, <c>place</c> (a name or id) or <c>point</c> (coordinates): a split
    /// shape every generator can send, where a string-or-object <c>oneOf</c> without a discriminator is not.
    /// </summary>
    public static void DescribePlace(OpenApiSchema schema)
    {
        schema.OneOf = null;
        schema.Type = JsonSchemaType.Object;
        schema.Description = "A place: either `place` (a node id such as KZ-ALMATY or a name, any case and common spellings) or `point` (WGS84 coordinates, snapped to the nearest place of the requested modes within 100 km). A bare string is read as `place` too.";
        schema.MinProperties = 1;
        schema.MaxProperties = 1;
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["place"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A node id (KZ-ALMATY) or a name (Almaty, Almati, Алматы).", Examples = [JsonValue.Create("Almaty")] },
            ["point"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "WGS84 coordinates, snapped to the nearest place of the requested modes within 100 km.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["lon"] = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double", Description = "Longitude, degrees." },
                    ["lat"] = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double", Description = "Latitude, degrees." },
                },
                Required = new HashSet<string> { "lon", "lat" },
            },
        };
        schema.Examples = [new JsonObject { ["place"] = "Almaty" }, new JsonObject { ["point"] = new JsonObject { ["lon"] = 69.2, ["lat"] = 41.3 } }];
    }

    /// <summary>GeoJSON values (route geometry, a scenario's added link) are objects, not untyped nodes.</summary>
    public static void DescribeGeoJson(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description ??= GeoJson;
    }

    /// <summary>The component name of <see cref="FeatureCollection"/>.</summary>
    public const string FeatureCollectionName = "FeatureCollection";

    /// <summary>The network as a GeoJSON FeatureCollection.</summary>
    public static OpenApiSchema FeatureCollection() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "The network as a GeoJSON FeatureCollection (RFC 7946), WGS84.",
        Required = new HashSet<string> { "type", "features" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("FeatureCollection")], Description = "Always FeatureCollection." },
            ["features"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A GeoJSON Feature: geometry and properties (id, kind, name, mode, countries, status)." }, Description = "Places, links, crossings and terminals." },
        },
    };
}
