using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.IO.Converters;

namespace TransitOpt.Api.Plans;

/// <summary>How job records and requests are written where they are kept (files or Redis): web JSON, enums as names, GeoJSON.</summary>
internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new GeoJsonConverterFactory() },
    };
}
