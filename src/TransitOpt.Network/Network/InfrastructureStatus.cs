namespace TransitOpt.Network;

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

/// <summary>Helpers on <see cref="InfrastructureStatus"/>.</summary>
public static class InfrastructureStatusExtensions
{
    /// <summary>True when freight may use the link or crossing in the base network.</summary>
    public static bool CarriesFreight(this InfrastructureStatus status) =>
        status is InfrastructureStatus.Open or InfrastructureStatus.Restricted;
}
