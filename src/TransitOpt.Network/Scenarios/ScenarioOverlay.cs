using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Scenarios;

/// <summary>The outcome of applying a scenario: the new network, or what is wrong with the scenario.</summary>
/// <param name="Network">The scenario's network (its own content version), or null.</param>
/// <param name="Errors">Every problem, each naming its change; empty on success.</param>
public sealed record ScenarioApplication(TransitNetwork? Network, IReadOnlyList<ScenarioError> Errors);

/// <summary>
/// Applies a scenario to a network without touching it: the changes edit a copy of the network's data files, which
/// are then validated and loaded like any data, so the result has its own content hash as its version and every rule
/// of the data holds. Each change is checked first against the network and reported by its index.
/// </summary>
public static partial class ScenarioOverlay
{
    /// <summary>Applies <paramref name="scenario"/> to <paramref name="network"/>.</summary>
    public static ScenarioApplication Apply(TransitNetwork network, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new List<ScenarioError>();
        if (!IdPattern().IsMatch(scenario.Id ?? string.Empty) || scenario.Id!.Length > MaxIdLength)
        {
            errors.Add(new ScenarioError("id", $"the id must be 1 to {MaxIdLength} lower-case letters, digits and hyphens"));
        }

        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            errors.Add(new ScenarioError("name", "the name is missing"));
        }

        var files = DataFiles.All.ToDictionary(f => f, f => JsonNode.Parse(network.Texts[f])!, StringComparer.Ordinal);
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Changes.Length; i++)
        {
            var problem = scenario.Changes[i] is { } change ? Checked(network, files, change, added, i) : ("", "a change is null; give an object with op and target");
            if (problem is not null)
            {
                errors.Add(new ScenarioError($"changes[{i}]{problem.Value.Field}", problem.Value.Message));
            }
        }

        if (errors.Count > 0)
        {
            return new ScenarioApplication(null, errors);
        }

        var loaded = NetworkLoader.Load(files.ToDictionary(f => f.Key, f => f.Value.ToJsonString(), StringComparer.Ordinal));
        return new ScenarioApplication(
            loaded.Network,
            [.. loaded.Errors.Select(e => e.FeatureId is { } id && added.TryGetValue(id, out var index)
                ? new ScenarioError($"changes[{index}].feature", e.Message)
                : new ScenarioError("changes", e.ToString()))]);
    }

    /// <summary>The longest scenario id (ids name files and keys).</summary>
    public const int MaxIdLength = 100;

    /// <summary>One change, with a malformed feature (a property named twice) reported instead of thrown.</summary>
    private static (string Field, string Message)? Checked(TransitNetwork network, Dictionary<string, JsonNode> files, ScenarioChange change, Dictionary<string, int> added, int index)
    {
        try
        {
            return Change(network, files, change, added, index);
        }
        catch (ArgumentException exception) when (change.Feature is not null)
        {
            return (".feature", $"the feature is not valid JSON for a link: {exception.Message.Split(" (Parameter")[0]}");
        }
    }

    private static (string Field, string Message)? Change(TransitNetwork network, Dictionary<string, JsonNode> files, ScenarioChange change, Dictionary<string, int> added, int index)
    {
        var hasPeriod = change.From is not null || change.To is not null;
        if (hasPeriod && change.Op is not (ScenarioOperation.CloseCrossing or ScenarioOperation.CloseLink))
        {
            return (".from", $"{Spell(change.Op)} takes no period; only closeCrossing and closeLink do");
        }

        if (hasPeriod && (change.From is null || change.To is null))
        {
            return (".to", "a period needs both from and to");
        }

        if (change.From > change.To)
        {
            return (".to", $"the period ends ({change.To:yyyy-MM-dd}) before it begins ({change.From:yyyy-MM-dd})");
        }

        switch (change.Op)
        {
            case ScenarioOperation.AddLink:
                if (change.Feature?["properties"]?["id"]?.GetValue<string>() is not { } id)
                {
                    return (".feature", "addLink needs a GeoJSON LineString feature with the properties of links.geojson, id first");
                }

                added[id] = index;
                Features(files, DataFiles.Links).Add(change.Feature.DeepClone());
                return null;
            case ScenarioOperation.ActivateProject:
                return Activate(network, files, change.Target);
        }

        if (change.Target is null)
        {
            return (".target", "the target id is missing");
        }

        var crossing = Find(files, DataFiles.Crossings, change.Target);
        var link = Find(files, DataFiles.Links, change.Target);
        var terminal = files[DataFiles.Terminals]["terminals"]!.AsArray().Select(t => t!.AsObject())
            .FirstOrDefault(t => string.Equals((string?)t["id"], change.Target, StringComparison.OrdinalIgnoreCase));
        switch (change.Op)
        {
            case ScenarioOperation.CloseCrossing or ScenarioOperation.OpenCrossing or ScenarioOperation.SetDwell or ScenarioOperation.SetFee when crossing is null:
                return (".target", $"'{change.Target}' is not a border crossing of the network");
            case ScenarioOperation.CloseLink when link is null:
                return (".target", $"'{change.Target}' is not a link of the network");
            case ScenarioOperation.SetCapacity or ScenarioOperation.ScaleCapacity when crossing is null && link is null && terminal is null:
                return (".target", $"'{change.Target}' is not a crossing, link or terminal of the network");
            case ScenarioOperation.CloseCrossing:
                Close(crossing!, change);
                return null;
            case ScenarioOperation.CloseLink:
                Close(link!, change);
                return null;
            case ScenarioOperation.OpenCrossing:
                crossing!["status"] = "open";
                crossing.Remove("closedPeriods");
                return null;
            case ScenarioOperation.SetDwell or ScenarioOperation.SetFee:
                if (change.Value is not (>= 0) || double.IsInfinity(change.Value.Value))
                {
                    return (".value", $"{Spell(change.Op)} needs a value of at least 0 ({(change.Op == ScenarioOperation.SetDwell ? "hours" : "USD per vehicle")})");
                }

                crossing![change.Op == ScenarioOperation.SetDwell ? "dwellHours" : "feeUsd"] = new JsonObject { ["aToB"] = change.Value, ["bToA"] = change.Value };
                return null;
            default:
                return Capacity(change, crossing ?? link ?? terminal!, crossing is not null);
        }
    }

    private static (string Field, string Message)? Capacity(ScenarioChange change, JsonObject target, bool perDirection)
    {
        Func<double, double> rule;
        if (change.Op == ScenarioOperation.SetCapacity)
        {
            if (change.Value is not (>= 0) || change.Value > 10_000_000)
            {
                return (".value", "setCapacity needs a value of at least 0 vehicles per day");
            }

            rule = _ => change.Value.Value;
        }
        else
        {
            if (change.Factor is not (>= 0) || change.Factor > 1_000)
            {
                return (".factor", "scaleCapacity needs a factor of at least 0");
            }

            rule = old => old * change.Factor.Value;
        }

        if (perDirection)
        {
            var capacity = target["capacityPerDay"]!;
            target["capacityPerDay"] = new JsonObject
            {
                ["aToB"] = Math.Round(rule((double)capacity["aToB"]!)),
                ["bToA"] = Math.Round(rule((double)capacity["bToA"]!)),
            };
        }
        else
        {
            target["capacityPerDay"] = Math.Round(rule((double)target["capacityPerDay"]!));
        }

        return null;
    }

    private static (string Field, string Message)? Activate(TransitNetwork network, Dictionary<string, JsonNode> files, string? target)
    {
        if (target is null)
        {
            return (".target", "activateProject needs a link or crossing id, or a line's name");
        }

        var links = network.Links.Where(l => !l.Status.CarriesFreight()
            && (string.Equals(l.Id.Value, target, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Name, target, StringComparison.OrdinalIgnoreCase))).ToList();
        var crossings = network.Crossings.Where(c => !c.Status.CarriesFreight()
            && (string.Equals(c.Id.Value, target, StringComparison.OrdinalIgnoreCase) || links.Any(l => l.Crossing == c.Id))).ToList();
        if (links.Count == 0 && crossings.Count == 0)
        {
            return (".target", $"'{target}' is no planned or under-construction link, crossing or line of the network");
        }

        foreach (var link in links)
        {
            Find(files, DataFiles.Links, link.Id.Value)!["status"] = "open";
        }

        foreach (var crossing in crossings)
        {
            Find(files, DataFiles.Crossings, crossing.Id.Value)!["status"] = "open";
        }

        return null;
    }

    private static void Close(JsonObject properties, ScenarioChange change)
    {
        if (change.From is not { } from || change.To is not { } to)
        {
            properties["status"] = "closed";
            return;
        }

        if (properties["closedPeriods"] is not JsonArray periods)
        {
            periods = [];
            properties["closedPeriods"] = periods;
        }

        periods.Add(new JsonObject
        {
            ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reason"] = "closed by the scenario",
            ["source"] = "scenario",
        });
    }

    private static JsonArray Features(Dictionary<string, JsonNode> files, string file) => files[file]["features"]!.AsArray();

    private static JsonObject? Find(Dictionary<string, JsonNode> files, string file, string id) =>
        Features(files, file).Select(f => f!["properties"]!.AsObject())
            .FirstOrDefault(p => string.Equals((string?)p["id"], id, StringComparison.OrdinalIgnoreCase));

    private static string Spell(ScenarioOperation op) => char.ToLowerInvariant(op.ToString()[0]) + op.ToString()[1..];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
