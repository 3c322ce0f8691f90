using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TransitOpt.Api.Contracts.Json;

/// <summary>
/// How the contracts are written and read, by the API and by the command line's <c>--format json</c> alike: web
/// defaults (camelCase), enums as camelCase strings (a commodity also from a shipper's word, <see cref="CommodityConverter"/>), strict numbers, and <see cref="WireRounding"/>.
/// </summary>
public static class WireJson
{
    /// <summary>The options (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Gives <paramref name="options"/> the wire settings (the API's own options are created by ASP.NET Core).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new CommodityConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(WireRounding.Apply);
        return options;
    }

    private static JsonSerializerOptions Create()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly();
        return options;
    }
}
