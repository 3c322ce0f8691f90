using System.Collections.Immutable;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Columns;

/// <summary>
/// Makes columns with the route search: the cheapest route for one lot leaving on a given day (08:00 corridor time),
/// with the current capacity prices as surcharges. The search minimises money plus lateness by the due day, exactly
/// the column's cost, so a column it does not find cannot price out.
/// </summary>
internal sealed class ItineraryFactory(TransitNetwork network, PlanProblem problem, PlanOptions options)
{
    private static readonly TimeOnly DepartureTime = new(8, 0);
    private readonly Router _router = new(network);

    /// <summary>Route searches run so far (the planner's deterministic measure of work).</summary>
    public int Searches { get; private set; }

    public Itinerary? Best(ShipmentLots shipment, int day, ResourceSurcharges? surcharges)
    {
        Searches++;
        var query = Query(shipment, day) with { Alternatives = 1, Surcharges = surcharges is { IsEmpty: false } ? surcharges : null };
        var route = _router.Route(query).Response?.Routes[0];
        return route is null ? null : FromRoute(shipment, day, route);
    }

    /// <summary>The best routes (up to <paramref name="count"/>, genuinely different) for one lot leaving on a day, without surcharges.</summary>
    public IEnumerable<Itinerary> Alternatives(ShipmentLots shipment, int day, int count)
    {
        Searches++;
        return (_router.Route(Query(shipment, day) with { Alternatives = count }).Response?.Routes ?? []).Select(route => FromRoute(shipment, day, route));
    }

    private RouteQuery Query(ShipmentLots shipment, int day) => new()
    {
        Origin = shipment.Request.Origin,
        Destination = shipment.Request.Destination,
        Cargo = shipment.LotCargo,
        TrainWagons = shipment.TrainWagons(network),
        Modes = options.Modes,
        Departure = new DateTimeOffset(problem.Start.AddDays(day).ToDateTime(DepartureTime), ResourceSurcharges.CorridorOffset),
        Objective = RouteObjective.Cost,
        Due = new Deadline(shipment.Request.Due, options.LatenessUsdPerLotDay),
        VehicleRegistration = shipment.Request.VehicleRegistration,
        Commodity = shipment.Request.Commodity,
        NoteClosures = false,
        EtaQuantile = options.EtaQuantile,
    };

    public Itinerary FromRoute(ShipmentLots shipment, int day, Route route)
    {
        var arrivalDay = ResourceSurcharges.DayOf(problem.Start, route.Arrival);
        var late = Math.Max(0, arrivalDay - shipment.DueDay);
        var cost = route.Cost.MoneyUsd + (late * options.LatenessUsdPerLotDay) + shipment.HoldingCost(day);
        var uses = route.ResourceUses
            .Select(u => (Row: new ResourceDay(u.Resource, ResourceSurcharges.DayOf(problem.Start, u.At)), u.Vehicles))
            .Where(u => u.Row.Day >= 0)
            .GroupBy(u => u.Row)
            .Select(g => (g.Key, g.Sum(u => u.Vehicles)))
            .ToImmutableArray();
        var key = $"{shipment.Index}|{day}|{string.Join(",", route.Legs.SelectMany(l => l.Links))}|{string.Join(",", uses.Select(u => $"{u.Key.Resource}@{u.Key.Day}"))}";
        return new Itinerary(shipment, day, route, arrivalDay, late, cost, uses, key);
    }
}
