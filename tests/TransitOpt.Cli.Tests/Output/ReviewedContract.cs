using System.Text.Json.Nodes;

namespace TransitOpt.Cli.Tests.Output;

/// <summary>
/// The API's reviewed OpenAPI document (openapi/v1.json), as an independent reference for the command line's JSON:
/// every object printed has exactly the properties of its schema there, all the way down.
/// </summary>
internal static class ReviewedContract
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRun.BundledData)!, "openapi", "v1.json");
        return JsonNode.Parse(File.ReadAllText(path))!["components"]!["schemas"]!.AsObject();
    });

    /// <summary>Asserts that <paramref name="value"/> has the properties of schema <paramref name="schemaName"/>, recursively.</summary>
    public static void AssertConforms(JsonNode? value, string schemaName) => Check(value, Schemas.Value[schemaName]!, schemaName);

    private static void Check(JsonNode? value, JsonNode schema, string path)
    {
        if (value is null)
        {
            return;
        }

        if (schema["$ref"] is { } reference)
        {
            Check(value, Schemas.Value[((string)reference!).Split('/')[^1]]!, path);
        }
        else if (schema["oneOf"] is JsonArray choices)
        {
            foreach (var choice in choices.Where(c => c!["$ref"] is not null))
            {
                Check(value, choice!, path);
            }
        }
        else if (schema["properties"] is JsonObject properties)
        {
            var actual = value.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            var expected = properties.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{path}: printed [{string.Join(", ", actual)}], the contract has [{string.Join(", ", expected)}]");
            foreach (var (name, property) in properties)
            {
                Check(value[name], property!, $"{path}.{name}");
            }
        }
        else if (schema["items"] is { } items && value is JsonArray array)
        {
            foreach (var (item, i) in array.Select((item, i) => (item, i)))
            {
                Check(item, items, $"{path}[{i}]");
            }
        }
    }
}
