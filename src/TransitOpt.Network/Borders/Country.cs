using System.Collections.Immutable;

namespace TransitOpt.Network;

/// <summary>A country of the corridor.</summary>
/// <param name="Code">ISO alpha-2 code.</param>
/// <param name="Name">English name.</param>
/// <param name="UtcOffset">Standard offset from UTC (none of these countries keeps daylight saving).</param>
/// <param name="CustomsUnion">The customs union it belongs to (<c>EAEU</c>), or null.</param>
/// <param name="Neighbours">Countries it shares a land border with.</param>
/// <param name="Source">Where these facts come from.</param>
public sealed record Country(
    CountryCode Code,
    string Name,
    TimeSpan UtcOffset,
    string? CustomsUnion,
    ImmutableArray<CountryCode> Neighbours,
    string Source)
{
    /// <summary>True when the two countries share a land border.</summary>
    public bool Borders(CountryCode other) => Neighbours.Contains(other);
}
