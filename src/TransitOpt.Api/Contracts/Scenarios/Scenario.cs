using System.Text.Json.Nodes;
using Domain = TransitOpt.Network.Scenarios;

namespace TransitOpt.Api.Contracts.Scenarios;

/// <summary>A named, versioned overlay on the base network.</summary>
/// <param name="Id">Stable id (lower-case letters, digits, hyphens).</param>
/// <param name="Name">Human name.</param>
/// <param name="Description">What it represents and where it comes from.</param>
/// <param name="Changes">The changes, applied in order.</param>
/// <param name="Version">Bumped by each update.</param>
public sealed record Scenario(string Id, string Name, string Description, List<ScenarioChange> Changes, int Version = 1)
{
    /// <summary>The wire form of a scenario.</summary>
    public static Scenario From(Domain.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new(scenario.Id, scenario.Name, scenario.Description, [.. scenario.Changes.Select(ScenarioChange.Of)], scenario.Version);
    }

    /// <summary>
    /// The scenario a request body describes (no changes when it lists none); a null change stays null, for the
    /// overlay's check to name it.
    /// </summary>
    public Domain.Scenario ToDomain() =>
        new(Id, Name, Description, [.. (Changes ?? []).Select(c => c?.ToDomain()!)], Version);
}

/// <summary>One change of a scenario.</summary>
/// <param name="Op">What it does.</param>
/// <param name="Target">The crossing, link or terminal id (or project name) it changes; null for <c>addLink</c>.</param>
/// <param name="Value">The new value, for set operations.</param>
/// <param name="Factor">The multiplier, for <c>scaleCapacity</c>.</param>
/// <param name="From">First day of a closure period, or null.</param>
/// <param name="To">Last day of a closure period, or null.</param>
/// <param name="Feature">The GeoJSON feature, for <c>addLink</c>.</param>
public sealed record ScenarioChange(
    ScenarioOperation Op,
    string? Target = null,
    double? Value = null,
    double? Factor = null,
    DateOnly? From = null,
    DateOnly? To = null,
    JsonObject? Feature = null)
{
    internal static ScenarioChange Of(Domain.ScenarioChange change) =>
        new(change.Op.ToWire(), change.Target, change.Value, change.Factor, change.From, change.To, change.Feature?.DeepClone().AsObject());

    internal Domain.ScenarioChange ToDomain() => new(Op.ToDomain(), Target, Value, Factor, From, To, Feature?.DeepClone().AsObject());
}
