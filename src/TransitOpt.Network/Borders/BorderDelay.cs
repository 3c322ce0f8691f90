using System.Collections.Immutable;

namespace TransitOpt.Network;

/// <summary>The time a vehicle spends at a border crossing (queue, controls, gauge change) as a distribution.</summary>
/// <param name="P50">The median, hours.</param>
/// <param name="P90">The 90th percentile, hours: nine vehicles in ten are through by then.</param>
public readonly record struct DelayQuantiles(double P50, double P90)
{
    /// <summary>
    /// The spread assumed where only a mean is published (EST-delay): border times are right-skewed, and a lognormal
    /// with σ = 0.75 (CPMM samples at the region's posts run from a fraction of the mean to several times it) puts the
    /// median at 0.755 × the mean and the 90th percentile at 1.97 × the mean.
    /// </summary>
    public const double LognormalSigma = 0.75;

    /// <summary>Quantiles of a lognormal with <see cref="LognormalSigma"/> and the given mean.</summary>
    public static DelayQuantiles FromMean(double meanHours)
    {
        var median = meanHours * Math.Exp(-LognormalSigma * LognormalSigma / 2);
        return new DelayQuantiles(median, median * Math.Exp(1.2815515655 * LognormalSigma));
    }

    /// <summary>The quantile asked for.</summary>
    public double At(EtaQuantile quantile) => quantile == EtaQuantile.P90 ? P90 : P50;

    /// <summary>Hours at risk: how much later than the median a bad week (P90) clears the crossing.</summary>
    public double HoursAtRisk => P90 - P50;
}

/// <summary>Which quantile of border delay a route is planned and timed to.</summary>
public enum EtaQuantile
{
    /// <summary>The median: half of the shipments are through by then.</summary>
    P50,

    /// <summary>The 90th percentile: due dates hold in a bad week.</summary>
    P90,
}

/// <summary>A sourced border delay for some months of the year (e.g. the October–March grain peak at Saryagash).</summary>
/// <param name="Months">Months (1–12) it applies.</param>
/// <param name="Delay">Quantiles per direction.</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record DelaySeason(ImmutableArray<int> Months, PerDirection<DelayQuantiles> Delay, string Source);
