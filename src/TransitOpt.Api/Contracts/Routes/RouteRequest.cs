using System.ComponentModel;
using System.Text.Json.Serialization;
using TransitOpt.Api.Contracts.Json;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Api.Contracts.Network;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>A route search for one shipment.</summary>
public sealed record RouteRequest
{
    [Description("Where the shipment starts: { \"place\": a node id (KZ-ALMATY) or a name (\"Almaty\", any case and common spellings) } or { \"point\": { \"lon\", \"lat\" } } snapped to the nearest place of the requested modes.")]
    public PlaceInput? Origin { get; init; }

    [Description("Where it goes; same forms as origin.")]
    public PlaceInput? Destination { get; init; }

    [Description("What is shipped and how much (default: 2 TEU of containers).")]
    public CargoInput? Cargo { get; init; }

    [Description("When it is ready to leave, ISO 8601: a date-time with or without offset (none means corridor time, UTC+05:00), or a date (its midnight). Default: now, to the hour, in corridor time.")]
    [JsonConverter(typeof(CorridorTimeConverter))]
    public DateTimeOffset? Departure { get; init; }

    [Description("Modes allowed (default both); cargo changes mode only at terminals.")]
    public List<TransportMode>? Modes { get; init; }

    [Description("ISO country codes the route must not enter, e.g. [\"UZ\"].")]
    public List<string>? AvoidCountries { get; init; }

    [Description("Border crossing ids the route must not use.")]
    public List<string>? AvoidCrossings { get; init; }

    [Description("What to minimise: cost (money), time (hours) or balanced (money + value of time; default).")]
    public RouteObjective? Objective { get; init; }

    [Description("USD per hour of the consignment's time (default 15), 0–1,000,000.")]
    public double? ValueOfTimeUsdPerHour { get; init; }

    [Description("What the cargo is for railway tariffs and wagon type: grain, flour, oilProducts, coal, metalsAndOres, alumina, fertiliser, cement, containers, general or perishables (default: what the cargo kind suggests; bulk is grain).")]
    public Commodity? Commodity { get; init; }

    [Description("Border delay quantile the route is chosen and timed by: p50 (median, default) or p90 (due dates hold in a bad week).")]
    public EtaQuantile? EtaQuantile { get; init; }

    [Description("ISO code of the country the trucks are registered in (default: the origin's country); bilateral border posts admit only vehicles of their two countries.")]
    public string? VehicleRegistration { get; init; }

    [Description("Routes wanted, 1–5 (default 3): the best and genuinely different alternatives.")]
    public int? Alternatives { get; init; }

    [Description("A saved scenario's id: routes on the scenario's network (404 when no scenario has the id).")]
    public string? Scenario { get; init; }

    [Description("Whether routes carry their GeoJSON geometry (default true).")]
    public bool? IncludeGeometry { get; init; }
}

/// <summary>A consignment.</summary>
public sealed record CargoInput
{
    [Description("container, bulk, general, reefer, hazardous or oversize.")]
    public CargoKind? Kind { get; init; }

    [Description("How much, in unit; greater than 0.")]
    public double? Quantity { get; init; }

    [Description("teu, tonnes, wagons or trucks.")]
    public CargoUnit? Unit { get; init; }
}
