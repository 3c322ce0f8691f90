using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TransitOpt.Api.Contracts;

namespace TransitOpt.Api.Caching;

/// <summary>The JSON options of cached route bodies: the API's own (camelCase, enums as camelCase strings, rounded times and money).</summary>
public static class RouteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(WireRounding.Apply),
    };
}
