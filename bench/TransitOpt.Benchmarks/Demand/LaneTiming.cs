using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// Fits a lane's window and penalty to the network: a lot is split small, so it may travel as a single wagonload
/// wagon or truck where its template ran as a block train. The cheapest route of one vehicle on the first day sets
/// the floor: window at least ⌈1.15 × transit⌉ + 1 day, penalty at least 3 × its cost per unit (EST-demand rules).
/// </summary>
internal sealed class LaneTiming(TransitNetwork network, DateOnly start, int horizonDays)
{
    private static readonly TimeOnly DepartureTime = new(8, 0);

    private readonly Router _router = new(network);

    public DemandLane Fit(DemandLane lane)
    {
        var perVehicle = LotSize.PerVehicle(lane.Unit);
        var query = new RouteQuery
        {
            Origin = Place(lane.Origin),
            Destination = Place(lane.Destination),
            Cargo = new Cargo(lane.Kind, perVehicle, lane.Unit),
            Commodity = Commodities.TryRead(lane.Commodity, out var commodity) ? commodity : null,
            Departure = new DateTimeOffset(start.ToDateTime(DepartureTime), ResourceSurcharges.CorridorOffset),
            Objective = RouteObjective.Cost,
            Alternatives = 1,
        };
        if (lane.Modes is { } modes)
        {
            query = query with { Modes = modes.ToHashSet() };
        }

        var outcome = _router.Route(query);
        var route = outcome.Response?.Routes[0] ?? throw new InvalidOperationException($"{lane.Stem}: no route ({outcome.Problem?.Message})");
        var window = Math.Max(lane.WindowDays, (int)Math.Ceiling(1.15 * route.DurationHours / 24) + 1);
        return lane with
        {
            WindowDays = Math.Min(window, horizonDays - 1),
            PenaltyPerUnitUsd = Math.Max(lane.PenaltyPerUnitUsd, 3 * route.Cost.MoneyUsd / perVehicle),
        };
    }

    private NodeId Place(string id) => network.FindPlaces(id) is [var place] ? place.Id : throw new InvalidOperationException($"'{id}' is not a single place of the network");
}
