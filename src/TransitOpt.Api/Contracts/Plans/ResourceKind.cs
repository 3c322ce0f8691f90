using Domain = TransitOpt.Network.Routing.ResourceKind;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>What kind of capacity a shipment uses.</summary>
public enum ResourceKind
{
    /// <summary>A border crossing point, per direction.</summary>
    Crossing,

    /// <summary>A capacity-limited link (a single-track rail section), per direction.</summary>
    Link,

    /// <summary>A terminal's transfer capacity, both directions together.</summary>
    Terminal,

    /// <summary>A destination station's receiving and unloading capacity, in loaded wagons a day.</summary>
    Unloading,
}

/// <summary>The explicit mapping between <see cref="ResourceKind"/> on the wire and in the domain.</summary>
internal static class ResourceKindMapping
{
    public static ResourceKind ToWire(this Domain value) => value switch
    {
        Domain.Crossing => ResourceKind.Crossing,
        Domain.Link => ResourceKind.Link,
        Domain.Terminal => ResourceKind.Terminal,
        Domain.Unloading => ResourceKind.Unloading,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
