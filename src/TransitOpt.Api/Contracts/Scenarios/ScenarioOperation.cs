using Domain = TransitOpt.Network.Scenarios.ScenarioOperation;

namespace TransitOpt.Api.Contracts.Scenarios;

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

/// <summary>The explicit mapping between <see cref="ScenarioOperation"/> on the wire and in the domain.</summary>
internal static class ScenarioOperationMapping
{
    public static ScenarioOperation ToWire(this Domain value) => value switch
    {
        Domain.CloseCrossing => ScenarioOperation.CloseCrossing,
        Domain.OpenCrossing => ScenarioOperation.OpenCrossing,
        Domain.SetCapacity => ScenarioOperation.SetCapacity,
        Domain.ScaleCapacity => ScenarioOperation.ScaleCapacity,
        Domain.SetDwell => ScenarioOperation.SetDwell,
        Domain.SetFee => ScenarioOperation.SetFee,
        Domain.CloseLink => ScenarioOperation.CloseLink,
        Domain.AddLink => ScenarioOperation.AddLink,
        Domain.ActivateProject => ScenarioOperation.ActivateProject,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };

    public static Domain ToDomain(this ScenarioOperation value) => value switch
    {
        ScenarioOperation.CloseCrossing => Domain.CloseCrossing,
        ScenarioOperation.OpenCrossing => Domain.OpenCrossing,
        ScenarioOperation.SetCapacity => Domain.SetCapacity,
        ScenarioOperation.ScaleCapacity => Domain.ScaleCapacity,
        ScenarioOperation.SetDwell => Domain.SetDwell,
        ScenarioOperation.SetFee => Domain.SetFee,
        ScenarioOperation.CloseLink => Domain.CloseLink,
        ScenarioOperation.AddLink => Domain.AddLink,
        ScenarioOperation.ActivateProject => Domain.ActivateProject,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
