using Domain = TransitOpt.Network.TransportMode;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>How freight moves on a link or through a crossing.</summary>
public enum TransportMode
{
    /// <summary>By train, in wagons.</summary>
    Rail,

    /// <summary>By truck.</summary>
    Road,
}

/// <summary>The explicit mapping between <see cref="TransportMode"/> on the wire and in the domain.</summary>
internal static class TransportModeMapping
{
    public static TransportMode ToWire(this Domain value) => value switch
    {
        Domain.Rail => TransportMode.Rail,
        Domain.Road => TransportMode.Road,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };

    public static Domain ToDomain(this TransportMode value) => value switch
    {
        TransportMode.Rail => Domain.Rail,
        TransportMode.Road => Domain.Road,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
