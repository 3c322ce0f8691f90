using System.ComponentModel;
using System.Text.Json.Serialization;
using TransitOpt.Api.Contracts.Json;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Api.Contracts.Network;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>Many shipments to plan together: inline shipments or the name of a bundled demand set.</summary>
public sealed record PlanRequest
{
    [Description("The shipments (give these or demand).")]
    public List<ShipmentInput>? Shipments { get; init; }

    [Description("The name of a demand set in data/demand, e.g. corridor-march-2weeks (give this or shipments).")]
    public string? Demand { get; init; }

    [Description("Days planned, 1–60 (default: 14, or the demand set's own).")]
    public int? HorizonDays { get; init; }

    [Description("Seconds the solver may take, 1–600 (default 30); the best plan by then is returned with its status.")]
    public double? TimeLimitSeconds { get; init; }

    [Description("A deterministic work limit, 1–1,000,000, or none: route searches the planner may run and branch-and-bound nodes the integer solve may explore. When it binds before the time limit, the same request gives the same plan on any machine.")]
    public int? WorkLimit { get; init; }

    [Description("How close to a proven lower bound, in percent of the plan's cost, 0–50 (default 0.2), the planner may stop: column generation ends once the master LP is that close, and the integer solve is skipped when the plan in hand already is. A looser target (e.g. 1) plans a large demand several times faster; the answer's gap is what was reached.")]
    public double? TargetGapPercent { get; init; }

    [Description("Border delay quantile the plan is made to: p50 (median, default) or p90 (due dates hold in a bad week).")]
    public EtaQuantile? EtaQuantile { get; init; }

    [Description("A saved scenario's id: plans on the scenario's network (404 when no scenario has the id).")]
    public string? Scenario { get; init; }
}

/// <summary>One shipment of a plan request.</summary>
public sealed record ShipmentInput
{
    [Description("The shipper's reference, unique in the request.")]
    public string? Id { get; init; }

    [Description("Where it is ready: { \"place\": a node id or name } or { \"point\": { \"lon\", \"lat\" } }.")]
    public PlaceInput? Origin { get; init; }

    [Description("Where it goes.")]
    public PlaceInput? Destination { get; init; }

    [Description("What and how much.")]
    public CargoInput? Cargo { get; init; }

    [Description("The first day it may leave: an ISO date, or a date-time (its day in corridor time, UTC+05:00).")]
    [JsonConverter(typeof(CorridorDateConverter))]
    public DateOnly? Ready { get; init; }

    [Description("The day it should arrive (not before ready; later costs lateness): an ISO date, or a date-time (its day in corridor time).")]
    [JsonConverter(typeof(CorridorDateConverter))]
    public DateOnly? Due { get; init; }

    [Description("What leaving the whole shipment unserved costs, USD (default 20,000 per vehicle-load).")]
    public double? UnservedPenaltyUsd { get; init; }

    [Description("What it is for railway tariffs and wagon type (grain, oilProducts, alumina …; default: what the cargo kind suggests).")]
    public Commodity? Commodity { get; init; }

    [Description("ISO code of the country its trucks are registered in (default: the origin's country); bilateral border posts admit only vehicles of their two countries.")]
    public string? VehicleRegistration { get; init; }

    [Description("Modes this shipment may use, e.g. [\"rail\"] for cargo that must stay on rail (default both).")]
    public List<TransportMode>? Modes { get; init; }
}
