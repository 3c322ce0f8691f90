using TransitOpt.Network;
using TransitOpt.Network.Costs;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// One origin–destination flow of one commodity and cargo unit: how much it carries in the generated horizon, the
/// window a lot needs and what leaving a unit unserved costs.
/// </summary>
/// <param name="Stem">The id stem its shipments are numbered under (<c>GRAIN-KOSTANAY-DUSHANBE</c>).</param>
/// <param name="Commodity">The commodity word written to the file (wheat, containers, …).</param>
/// <param name="Origin">Origin place id.</param>
/// <param name="Destination">Destination place id.</param>
/// <param name="Kind">Cargo kind.</param>
/// <param name="Unit">Cargo unit.</param>
/// <param name="Units">Units carried over the whole horizon, before the per-lane random factor.</param>
/// <param name="WindowDays">Days from ready to due.</param>
/// <param name="PenaltyPerUnitUsd">Unserved penalty per unit.</param>
/// <param name="Modes">The modes allowed, or null for any.</param>
internal sealed record DemandLane(
    string Stem,
    string Commodity,
    string Origin,
    string Destination,
    CargoKind Kind,
    CargoUnit Unit,
    double Units,
    int WindowDays,
    double PenaltyPerUnitUsd,
    IReadOnlyList<TransportMode>? Modes);
