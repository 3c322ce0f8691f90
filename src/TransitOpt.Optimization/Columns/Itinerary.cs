using System.Collections.Immutable;
using TransitOpt.Network.Routing;

namespace TransitOpt.Optimization.Columns;

/// <summary>A resource on a planning day: one capacity row of the master problem.</summary>
internal readonly record struct ResourceDay(ResourceRef Resource, int Day);

/// <summary>
/// A column: one lot of a shipment on one route leaving on one day. Its cost is per lot (transport, border, handling,
/// lateness, and the wagon hire of waiting to leave) and it uses whole vehicles of each resource on the days it passes them.
/// Its route is written out only when read (<see cref="Route"/>): most columns never are.
/// </summary>
internal sealed record Itinerary(
    ShipmentLots Shipment,
    int DepartureDay,
    FoundRoute Found,
    int ArrivalDay,
    int LateDays,
    double CostPerLot,
    ImmutableArray<(ResourceDay Row, int Vehicles)> Uses,
    string Key)
{
    /// <summary>The route written out.</summary>
    public Route Route => Found.Route;
}
