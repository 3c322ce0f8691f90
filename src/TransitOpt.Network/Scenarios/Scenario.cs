using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace TransitOpt.Network.Scenarios;

/// <summary>What a scenario change does.</summary>
public enum ScenarioOperation
{
    /// <summary>Close a crossing, for good or for a period.</summary>
    CloseCrossing,

    /// <summary>Open a crossing (closed, planned or restricted).</summary>
    OpenCrossing,

    /// <summary>Set the daily capacity of a crossing (both directions), link or terminal.</summary>
    SetCapacity,

    /// <summary>Multiply the daily capacity of a crossing, link or terminal.</summary>
    ScaleCapacity,

    /// <summary>Set a crossing's mean dwell (both directions), hours.</summary>
    SetDwell,

    /// <summary>Set a crossing's fee per vehicle (both directions), USD.</summary>
    SetFee,

    /// <summary>Close a link, for good or for a period.</summary>
    CloseLink,

    /// <summary>Add a link: a GeoJSON LineString feature with the properties of <c>links.geojson</c>.</summary>
    AddLink,

    /// <summary>Open a planned or under-construction project: a link or crossing id, or a line's name (all its links and their crossings).</summary>
    ActivateProject,
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
    JsonObject? Feature = null);

/// <summary>A named, versioned overlay on the base network.</summary>
/// <param name="Id">Stable id (lower-case letters, digits, hyphens).</param>
/// <param name="Name">Human name.</param>
/// <param name="Description">What it represents and where it comes from.</param>
/// <param name="Changes">The changes, applied in order.</param>
/// <param name="Version">Bumped by each update.</param>
public sealed record Scenario(string Id, string Name, string Description, ImmutableArray<ScenarioChange> Changes, int Version = 1);

/// <summary>Something wrong with a scenario, naming the change at fault.</summary>
/// <param name="Field">Where: <c>changes[2].target</c>, <c>id</c> …</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScenarioError(string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}: {Message}";
}
