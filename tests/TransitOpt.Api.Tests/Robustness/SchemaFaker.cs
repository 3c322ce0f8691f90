using System.Globalization;
using System.Text.Json.Nodes;

namespace TransitOpt.Api.Tests.Robustness;

/// <summary>
/// JSON values made from an OpenAPI 3.1 schema of the service's own document: the schema's example when it has one,
/// otherwise a value of the declared type (enum members, formats, $ref, oneOf, nullable type lists), with strings drawn
/// from names the network knows so that some requests are valid and reach deep code.
/// </summary>
internal sealed class SchemaFaker(JsonObject schemas, Random random)
{
    private const int MaxDepth = 6;

    private static readonly string[] Words =
        ["Almaty", "Dushanbe", "Kostanay", "Tashkent", "KZ-ALMATY", "TJ-DUSHANBE", "BCP-SARYAGASH-KELES-RAIL", "KZ", "UZ", "grain", "x", ""];

    public JsonNode? Make(JsonNode? schema, int depth = 0)
    {
        if (schema is not JsonObject node || depth > MaxDepth)
        {
            return null;
        }

        if (node["$ref"] is JsonValue reference)
        {
            return Make(schemas[reference.GetValue<string>().Split('/')[^1]], depth + 1);
        }

        if (node["examples"] is JsonArray { Count: > 0 } examples && random.Next(3) == 0)
        {
            return examples[random.Next(examples.Count)]!.DeepClone();
        }

        if (node["oneOf"] is JsonArray choices)
        {
            var usable = choices.Where(c => c?["type"]?.ToString() != "null").ToList();
            return usable.Count == 0 || random.Next(10) == 0 ? null : Make(usable[random.Next(usable.Count)], depth + 1);
        }

        if (node["enum"] is JsonArray members)
        {
            return members[random.Next(members.Count)]?.DeepClone();
        }

        var type = node["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).Where(t => t != "null").DefaultIfEmpty("null").First(),
            JsonValue single => single.GetValue<string>(),
            _ => node["properties"] is not null ? "object" : "any",
        };
        return type switch
        {
            "object" => Object(node, depth),
            "array" => new JsonArray(Enumerable.Range(0, random.Next(3)).Select(_ => Make(node["items"], depth + 1)).ToArray()),
            "string" => String(node["format"]?.GetValue<string>()),
            "integer" => random.Next(-1, 30),
            "number" => Math.Round(random.NextDouble() * 60, 1),
            "boolean" => random.Next(2) == 0,
            "null" => null,
            _ => Words[random.Next(Words.Length)],
        };
    }

    private JsonObject Object(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, property) in (schema["properties"] as JsonObject) ?? [])
        {
            if (required.Contains(name) || random.Next(3) > 0)
            {
                result[name] = Make(property, depth + 1);
            }
        }

        return result;
    }

    private JsonNode String(string? format) => format switch
    {
        "date" => DateOnly.FromDayNumber(new DateOnly(2026, 3, 1).DayNumber + random.Next(-3, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "date-time" => "2026-03-03T08:00:00+05:00",
        _ => Words[random.Next(Words.Length)],
    };
}
