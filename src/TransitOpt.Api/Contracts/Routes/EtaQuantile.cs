using Domain = TransitOpt.Network.EtaQuantile;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>Which quantile of border delay a route is planned and timed to.</summary>
public enum EtaQuantile
{
    /// <summary>The median: half of the shipments are through by then.</summary>
    P50,

    /// <summary>The 90th percentile: due dates hold in a bad week.</summary>
    P90,
}

/// <summary>The explicit mapping between <see cref="EtaQuantile"/> on the wire and in the domain.</summary>
internal static class EtaQuantileMapping
{
    public static Domain ToDomain(this EtaQuantile value) => value switch
    {
        EtaQuantile.P50 => Domain.P50,
        EtaQuantile.P90 => Domain.P90,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
