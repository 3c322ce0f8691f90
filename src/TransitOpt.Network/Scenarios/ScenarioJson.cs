using System.Text.Json;
using System.Text.Json.Serialization;

namespace TransitOpt.Network.Scenarios;

/// <summary>Scenarios as JSON (the API's and <c>data/scenarios/*.json</c>'s format): camelCase, operations as strings.</summary>
public static class ScenarioJson
{
    /// <summary>The serializer options for scenarios.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads a scenario, or says where it is malformed.</summary>
    public static (Scenario? Scenario, ScenarioError? Error) Read(string json)
    {
        try
        {
            var scenario = JsonSerializer.Deserialize<Scenario>(json, Options);
            return scenario is null
                ? (null, new ScenarioError("body", "the scenario is empty"))
                : (scenario with { Changes = scenario.Changes.IsDefault ? [] : scenario.Changes }, null);
        }
        catch (JsonException exception)
        {
            return (null, new ScenarioError(exception.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body", exception.Message.Split(". Path")[0]));
        }
    }

    /// <summary>Writes a scenario.</summary>
    public static string Write(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);
}
