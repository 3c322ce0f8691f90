using Domain = TransitOpt.Network.Routing.ResourceDirection;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>Which way a resource is used.</summary>
public enum ResourceDirection
{
    /// <summary>From side A to side B (crossings) or from <c>from</c> to <c>to</c> (links).</summary>
    AToB,

    /// <summary>The other way.</summary>
    BToA,

    /// <summary>Either way (terminals).</summary>
    Both,
}

/// <summary>The explicit mapping between <see cref="ResourceDirection"/> on the wire and in the domain.</summary>
internal static class ResourceDirectionMapping
{
    public static ResourceDirection ToWire(this Domain value) => value switch
    {
        Domain.AToB => ResourceDirection.AToB,
        Domain.BToA => ResourceDirection.BToA,
        Domain.Both => ResourceDirection.Both,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
