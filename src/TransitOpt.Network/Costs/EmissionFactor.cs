namespace TransitOpt.Network.Costs;

/// <summary>Well-to-wheel greenhouse-gas intensity of one mode and traction (GLEC framework style).</summary>
/// <param name="Mode">Rail or road.</param>
/// <param name="Electric">True for electric traction (rail on electrified lines).</param>
/// <param name="Country">The country whose grid powers electric traction, or null for any country.</param>
/// <param name="GramsPerTonneKm">Grams CO2e per tonne-km, well to wheel.</param>
/// <param name="Source">Where the factor comes from.</param>
public sealed record EmissionFactor(TransportMode Mode, bool Electric, CountryCode? Country, double GramsPerTonneKm, string Source);
