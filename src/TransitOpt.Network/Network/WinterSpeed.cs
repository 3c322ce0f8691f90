using System.Collections.Immutable;

namespace TransitOpt.Network;

/// <summary>A mountain link's slower moving speed in winter (snow, chains, convoys behind snowploughs).</summary>
/// <param name="Months">Months (1–12) the factor applies.</param>
/// <param name="SpeedFactor">Winter speed as a share of the typical speed (0–1].</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record WinterSpeed(ImmutableArray<int> Months, double SpeedFactor, string Source)
{
    /// <summary>The factor on <paramref name="day"/>: <see cref="SpeedFactor"/> in a winter month, else 1.</summary>
    public double FactorOn(DateOnly day) => Months.Contains(day.Month) ? SpeedFactor : 1;
}
