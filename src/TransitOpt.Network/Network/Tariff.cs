namespace TransitOpt.Network;

/// <summary>The transport cost per vehicle-km of one mode in one country.</summary>
/// <param name="Country">Where the tariff applies.</param>
/// <param name="Mode">Rail (per wagon-km) or road (per truck-km).</param>
/// <param name="UsdPerVehicleKm">Cost per vehicle-km.</param>
/// <param name="Source">Where the rate comes from.</param>
public sealed record Tariff(CountryCode Country, TransportMode Mode, double UsdPerVehicleKm, string Source);

/// <summary>The standard vehicle of a mode, used to convert tonnes and TEU into vehicles.</summary>
/// <param name="Name">Wagon or truck.</param>
/// <param name="PayloadTonnes">Typical payload.</param>
/// <param name="Teu">Containers carried, in twenty-foot equivalent units.</param>
public sealed record VehicleType(string Name, double PayloadTonnes, double Teu);
