using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.IO.Converters;
using TransitOpt.Api.Contracts.Network;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Network.Routing;
using Domain = TransitOpt.Network.Routing;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>Routes for one shipment, best first.</summary>
/// <param name="NetworkVersion">Content hash of the network the routes were found on.</param>
/// <param name="Scenario">The scenario applied, or null for the base network.</param>
/// <param name="Routes">The best route, then genuinely different alternatives.</param>
/// <param name="ClosuresAvoided">Closures the best route goes around.</param>
/// <param name="Origin">The place the origin resolved to: its id and name, and for a point, the point and how far it was snapped.</param>
/// <param name="Destination">The place the destination resolved to, as origin.</param>
public sealed record RouteResponse(
    [property: Description("Content hash of the network the routes were found on.")] string NetworkVersion,
    [property: Description("The scenario applied, or null for the base network.")] string? Scenario,
    [property: Description("The best route first, then genuinely different alternatives.")] List<RouteDto> Routes,
    [property: Description("Closures the best route goes around: what the route would have met closed (season, holiday, works) had nothing been closed, with the reason and source.")] List<ClosureAvoidedDto> ClosuresAvoided,
    [property: Description("The place the origin resolved to: its id and name, and for a point, the point and how far it was snapped.")] ResolvedPlace Origin,
    [property: Description("The place the destination resolved to, as origin.")] ResolvedPlace Destination)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>The wire form of a route answer, with the places its origin and destination resolved to.</summary>
    public static RouteResponse From(Domain.RouteResponse response, bool includeGeometry, PlaceResolution origin, PlaceResolution destination)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(
            response.NetworkVersion.Value,
            null,
            [.. response.Routes.Select(r => RouteDto.From(r, includeGeometry ? JsonSerializer.SerializeToNode(r.Geometry, GeoJson) : null))],
            [.. response.ClosuresAvoided.Select(c => new ClosureAvoidedDto(c.Id, c.Name, c.Day, c.Reason))],
            ResolvedPlace.From(origin),
            ResolvedPlace.From(destination));
    }
}

/// <summary>A link or crossing the best route goes around because it is closed when the shipment would reach it.</summary>
public sealed record ClosureAvoidedDto(
    [property: Description("The link's or crossing's id.")] string Id,
    [property: Description("Its name.")] string Name,
    [property: Description("The local day the shipment would have reached it.")] DateOnly Day,
    [property: Description("Why it is closed then, with the source keys.")] string Reason);

/// <summary>One route.</summary>
public sealed record RouteDto(
    [property: Description("1 for the best.")] int Rank,
    [property: Description("Modes and crossings, e.g. \"Rail via Saryagash–Keles and Kudukli–Pakhtaobod\".")] string Summary,
    [property: Description("Length in km.")] double DistanceKm,
    [property: Description("Departure to arrival in hours, waiting, dwell, handling and driver rests included.")] double DurationHours,
    [property: Description("When it leaves the origin.")] DateTimeOffset Departure,
    [property: Description("When it reaches the destination (ETA) at the requested quantile of border delay.")] DateTimeOffset Arrival,
    [property: Description("ETA if every crossing takes its median dwell.")] DateTimeOffset ArrivalP50,
    [property: Description("ETA if every crossing takes its 90th-percentile dwell (a bad week).")] DateTimeOffset ArrivalP90,
    [property: Description("Cost in USD.")] CostDto Cost,
    [property: Description("Well-to-wheel CO2e in kg (GLEC-style factors).")] double Co2Kg,
    [property: Description("Border crossings passed, in order.")] List<BorderCrossingDto> BorderCrossings,
    [property: Description("Stretches of one mode.")] List<LegDto> Legs,
    [property: Description("What the route pays, line by line with unit and rate (value of time aside).")] List<CostLineDto> CostLines,
    [property: Description("Mode changes at terminals.")] List<TransshipmentDto> Transshipments,
    [property: Description("CAREC CPMM speeds in km/h.")] SpeedDto SpeedKmh,
    [property: Description("UNESCAP time/cost–distance series: cumulative km, hours and USD at each point of note.")] List<TimeCostDistanceDto> TimeCostDistance,
    [property: Description("The route as a GeoJSON MultiLineString (WGS84), or null when not asked for.")] JsonNode? Geometry)
{
    public static RouteDto From(Domain.Route route, JsonNode? geometry) => new(
        route.Rank,
        route.Summary,
        Math.Round(route.DistanceKm, 1),
        Math.Round(route.DurationHours, 2),
        route.Departure,
        route.Arrival,
        route.ArrivalP50,
        route.ArrivalP90,
        new CostDto(Usd(route.Cost.TransportUsd), Usd(route.Cost.BorderUsd), Usd(route.Cost.HandlingUsd), Usd(route.Cost.WagonUsd), Usd(route.Cost.TimeValueUsd), Usd(route.Cost.TotalUsd)),
        Math.Round(route.Co2Kg, 1),
        [.. route.BorderCrossings.Select(c => new BorderCrossingDto(
            c.Id.Value, c.Name, c.FromCountry.Value, c.ToCountry.Value, c.Mode.ToWire(), c.Arrival, Math.Round(c.WaitHours, 2), Math.Round(c.DwellHours, 2),
            Math.Round(c.Delay.P50, 2), Math.Round(c.Delay.P90, 2), Math.Round(c.Delay.HoursAtRisk, 2), c.WaitReason, Usd(c.FeeUsd)))],
        [.. route.Legs.Select(l => new LegDto(
            l.Mode.ToWire(), l.From.Value, l.To.Value, Math.Round(l.DistanceKm, 1), l.Departure, l.Arrival, Usd(l.CostUsd), Math.Round(l.Co2Kg, 1), l.Vehicles,
            Math.Round(l.Hours.Moving, 2), Math.Round(l.Hours.Stops, 2), Math.Round(l.Hours.Border, 2)))],
        [.. route.CostLines.Select(c => new CostLineDto(c.Item, Math.Round(c.Quantity, 2), c.Unit, Math.Round(c.UsdPerUnit, 4), Usd(c.Usd)))],
        [.. route.Transshipments.Select(t => new TransshipmentDto(t.At.Value, t.FromMode.ToWire(), t.ToMode.ToWire(), t.Hours, Usd(t.CostUsd)))],
        new SpeedDto(Math.Round(route.SpeedKmh.WithoutDelay, 1), Math.Round(route.SpeedKmh.WithDelay, 1)),
        [.. route.TimeCostDistance.Select(p => new TimeCostDistanceDto(p.At.Value, p.Event, Math.Round(p.Km, 1), Math.Round(p.Hours, 2), Usd(p.Usd)))],
        geometry);

    private static double Usd(double value) => Math.Round(value, 2);
}

/// <summary>Cost of a route in USD.</summary>
public sealed record CostDto(
    [property: Description("Line haul by wagon-km or truck-km, USD.")] double TransportUsd,
    [property: Description("Border fees and charges, USD.")] double BorderUsd,
    [property: Description("Transshipment and gauge change, USD.")] double HandlingUsd,
    [property: Description("Wagon provision (hire for the loaded days, the empty return, loading and unloading), USD.")] double WagonUsd,
    [property: Description("Value of time × duration, USD.")] double TimeValueUsd,
    [property: Description("All of the above, USD.")] double TotalUsd);

/// <summary>A border crossing on a route.</summary>
public sealed record BorderCrossingDto(
    [property: Description("Crossing id.")] string Id,
    [property: Description("Both sides' names.")] string Name,
    [property: Description("Country left (ISO code).")] string FromCountry,
    [property: Description("Country entered (ISO code).")] string ToCountry,
    [property: Description("rail or road.")] TransportMode Mode,
    [property: Description("When the shipment reaches the crossing.")] DateTimeOffset Arrival,
    [property: Description("Hours waiting for the crossing to open.")] double WaitHours,
    [property: Description("Dwell in hours once open, at the requested quantile.")] double DwellHours,
    [property: Description("Median dwell that day in that direction, hours.")] double DwellP50Hours,
    [property: Description("90th-percentile dwell that day in that direction, hours.")] double DwellP90Hours,
    [property: Description("Hours at risk: P90 minus P50 dwell.")] double HoursAtRisk,
    [property: Description("Why it waited: a closure with its source, the post's hours in local time, or a later planning day; null without a wait.")] string? WaitReason,
    [property: Description("Fees for all the shipment's vehicles, USD.")] double FeeUsd);

/// <summary>A stretch of one mode.</summary>
public sealed record LegDto(
    [property: Description("rail or road.")] TransportMode Mode,
    [property: Description("Node id where it starts.")] string From,
    [property: Description("Node id where it ends.")] string To,
    [property: Description("Length in km.")] double DistanceKm,
    [property: Description("When it starts.")] DateTimeOffset Departure,
    [property: Description("When it ends.")] DateTimeOffset Arrival,
    [property: Description("Transport and border fees on it, USD.")] double CostUsd,
    [property: Description("CO2e on it, kg.")] double Co2Kg,
    [property: Description("Wagons or trucks.")] int Vehicles,
    [property: Description("Hours moving.")] double MovingHours,
    [property: Description("Hours stopped: rail yards or technical stops (crew, locomotive, crossing trains); road driver breaks and rests.")] double StopHours,
    [property: Description("Hours waiting and dwelling at border crossings.")] double BorderHours);

/// <summary>One line of what a route pays.</summary>
public sealed record CostLineDto(
    [property: Description("What it is, with the tariff row's sources, e.g. \"KZ rail tariff, class 2 (Grain), national traffic (…)\".")] string Item,
    [property: Description("How much of the unit.")] double Quantity,
    [property: Description("wagon-km, truck-km, wagon, truck, wagon-day.")] string Unit,
    [property: Description("USD per unit.")] double UsdPerUnit,
    [property: Description("USD.")] double Usd);

/// <summary>A mode change at a terminal.</summary>
public sealed record TransshipmentDto(
    [property: Description("Node id of the terminal's place.")] string At,
    [property: Description("Mode before.")] TransportMode FromMode,
    [property: Description("Mode after.")] TransportMode ToMode,
    [property: Description("Handling hours.")] double Hours,
    [property: Description("Handling cost, USD.")] double CostUsd);

/// <summary>CAREC speeds.</summary>
public sealed record SpeedDto(
    [property: Description("Speed without delay (moving), km/h.")] double WithoutDelay,
    [property: Description("Speed with delay (door to door), km/h.")] double WithDelay);

/// <summary>A point of the time/cost–distance series.</summary>
public sealed record TimeCostDistanceDto(
    [property: Description("Node id.")] string At,
    [property: Description("departure, border, border cleared, transshipment, transshipment done or arrival.")] string Event,
    [property: Description("Cumulative km.")] double Km,
    [property: Description("Cumulative hours.")] double Hours,
    [property: Description("Cumulative USD.")] double Usd);
