namespace TransitOpt.Network;

/// <summary>How freight moves on a link or through a crossing.</summary>
public enum TransportMode
{
    /// <summary>By train, in wagons.</summary>
    Rail,

    /// <summary>By truck.</summary>
    Road,
}
