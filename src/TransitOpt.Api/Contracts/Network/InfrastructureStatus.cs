using Domain = TransitOpt.Network.InfrastructureStatus;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>Whether a link or crossing can carry freight today.</summary>
public enum InfrastructureStatus
{
    /// <summary>Open to freight.</summary>
    Open,

    /// <summary>Open with limits (some vehicles, some hours, some cargo).</summary>
    Restricted,

    /// <summary>Closed to freight.</summary>
    Closed,

    /// <summary>Being built; not used unless a scenario activates it.</summary>
    UnderConstruction,

    /// <summary>Planned; not used unless a scenario activates it.</summary>
    Planned,
}

/// <summary>The explicit mapping between <see cref="InfrastructureStatus"/> on the wire and in the domain.</summary>
internal static class InfrastructureStatusMapping
{
    public static InfrastructureStatus ToWire(this Domain value) => value switch
    {
        Domain.Open => InfrastructureStatus.Open,
        Domain.Restricted => InfrastructureStatus.Restricted,
        Domain.Closed => InfrastructureStatus.Closed,
        Domain.UnderConstruction => InfrastructureStatus.UnderConstruction,
        Domain.Planned => InfrastructureStatus.Planned,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
