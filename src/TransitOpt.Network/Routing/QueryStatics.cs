using TransitOpt.Network.Costs;

namespace TransitOpt.Network.Routing;

/// <summary>
/// What a query's A* reads that no departure time, deadline or surcharge changes: each edge's static key, each
/// vertex's lower bound of the key still to come (see <see cref="SearchContext.Bound"/>) and of the hours still to run
/// (see <see cref="SearchContext.LatenessBound"/>).
/// </summary>
internal sealed record QueryStatics(double[] EdgeKeys, double[] Bounds, double[] HoursBounds);

/// <summary>
/// Everything a query's <see cref="QueryStatics"/> depend on besides its tariff (commodity, origin and destination):
/// two queries with equal keys under one tariff share them. Queries that avoid places or crossings are not keyed.
/// </summary>
internal readonly record struct StaticsKey(
    bool BlockTrain, EtaQuantile Quantile, int RailVehicles, int RoadVehicles, double MoneyWeight, double HourWeight,
    bool AllowRail, bool AllowRoad, CountryCode Registration, bool IgnoreAdmission, CargoKind CargoKind, double TruckGrossTonnes);
