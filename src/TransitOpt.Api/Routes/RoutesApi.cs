using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitOpt.Api.Caching;
using TransitOpt.Api.Contracts.Network;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Scenarios;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;
using CargoKind = TransitOpt.Network.Costs.CargoKind;
using CargoUnit = TransitOpt.Network.Costs.CargoUnit;
using EtaQuantile = TransitOpt.Network.EtaQuantile;
using RouteObjective = TransitOpt.Network.Routing.RouteObjective;
using RouteResponse = TransitOpt.Api.Contracts.Routes.RouteResponse;
using TransportMode = TransitOpt.Network.TransportMode;

namespace TransitOpt.Api.Routes;

/// <summary><c>POST /api/v1/routes</c>: route search for one shipment, cached.</summary>
internal static class RoutesApi
{
    public static RouteGroupBuilder MapRoutesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/routes").WithTags("Routes");
        group.MapPost("/", SearchRoutes)
            .WithName("SearchRoutes")
            .WithSummary("Find the best route and genuinely different alternatives for one shipment")
            .WithDescription("Multimodal (rail, road, transshipment at terminals), time-dependent (border opening hours in each crossing's time zone, dwell, seasonal closures, AETR driving rules) and constrained (modes, cargo rules, avoided countries and crossings). Answers are cached by network version and canonical request: equal requests get X-Cache: HIT and the same ETag; If-None-Match with that ETag gives 304.")
            .Produces<RouteResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>Validates, resolves places, then answers from the cache or the router.</summary>
    internal static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> SearchRoutes(
        RouteRequest request, ScenarioNetworks networks, RouteCache cache, TransitOptMetrics metrics, HttpContext http, CancellationToken cancellation)
    {
        var (state, scenario) = await networks.ResolveAsync(request.Scenario);
        if (state is null)
        {
            return TypedResults.Problem(detail: $"no scenario has the id '{request.Scenario}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown scenario");
        }

        var modes = request.Modes is { Count: > 0 } listed ? listed.Select(m => m.ToDomain()).ToHashSet() : [TransportMode.Rail, TransportMode.Road];
        var errors = new Dictionary<string, string[]>();
        var origin = PlaceInput.Resolve(request.Origin, state.Network, "origin", modes, errors);
        var destination = PlaceInput.Resolve(request.Destination, state.Network, "destination", modes, errors);
        if (request.Modes is { Count: 0 })
        {
            errors["modes"] = ["give at least one mode: rail or road"];
        }

        foreach (var (field, list) in new[] { ("avoidCountries", request.AvoidCountries), ("avoidCrossings", request.AvoidCrossings) })
        {
            foreach (var i in Enumerable.Range(0, list?.Count ?? 0).Where(i => string.IsNullOrWhiteSpace(list![i])))
            {
                errors[$"{field}[{i}]"] = ["an entry is null or empty; give an id or leave it out"];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The route request is not valid");
        }

        var query = Query(request, origin!.Place!, destination!.Place!, modes);
        // A point's snap (where it was, how far) is part of the answer: points key their own answers.
        var canonical = string.Join("|", Canonical(query, request.IncludeGeometry ?? true), Snap(request.Origin!), Snap(request.Destination!));
        var key = RouteCache.Key(state.Network.Version, scenario is null ? null : $"{scenario.Id}@{scenario.Version}", canonical);
        var etag = RouteCache.ETag(key);
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            http.Response.Headers["X-Cache"] = "HIT";
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var invalid = state.Router.Check(query);
        if (invalid is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invalid.Field ?? "body"] = [invalid.Message] }, title: "The route request is not valid");
        }

        var (value, hit) = await cache.GetOrCreateAsync(key, () => Compute(state.Router, query, request.IncludeGeometry ?? true, scenario?.Id, (origin, destination), metrics), cancellation);
        metrics.CacheLookup(hit);
        http.Response.Headers["X-Cache"] = hit ? "HIT" : "MISS";
        return CachedRoute.TryGetBody(value, out var body)
            ? TypedResults.Bytes(body, "application/json")
            : TypedResults.Problem(detail: CachedRoute.Reason(value), statusCode: StatusCodes.Status422UnprocessableEntity, title: "No route");
    }

    private static byte[] Compute(Router router, RouteQuery query, bool includeGeometry, string? scenario, (PlaceResolution Origin, PlaceResolution Destination) places, TransitOptMetrics metrics)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = router.Route(query);
        metrics.Solved("route", clock.Elapsed);
        return outcome.Response is { } response
            ? CachedRoute.Of(RouteResponse.From(response, includeGeometry, places.Origin, places.Destination) with { Scenario = scenario })
            : CachedRoute.NoRoute(outcome.Problem!.Message);
    }

    private static RouteQuery Query(RouteRequest request, Place origin, Place destination, IReadOnlySet<TransportMode> modes) => new()
    {
        Origin = origin.Id,
        Destination = destination.Id,
        Cargo = new Cargo(request.Cargo?.Kind?.ToDomain() ?? CargoKind.Container, request.Cargo?.Quantity ?? 2, request.Cargo?.Unit?.ToDomain() ?? CargoUnit.Teu),
        Departure = request.Departure ?? ThisHour(),
        Modes = modes,
        AvoidCountries = (request.AvoidCountries ?? []).Select(c => new CountryCode(c.Trim().ToUpperInvariant())).ToHashSet(),
        AvoidCrossings = (request.AvoidCrossings ?? []).Select(c => new CrossingId(c.Trim().ToUpperInvariant())).ToHashSet(),
        Objective = request.Objective?.ToDomain() ?? RouteObjective.Balanced,
        ValueOfTimeUsdPerHour = request.ValueOfTimeUsdPerHour ?? RouteQuery.DefaultValueOfTimeUsdPerHour,
        Alternatives = request.Alternatives ?? 3,
        EtaQuantile = request.EtaQuantile?.ToDomain() ?? EtaQuantile.P50,
        Commodity = request.Commodity?.ToDomain(),
        VehicleRegistration = string.IsNullOrWhiteSpace(request.VehicleRegistration) ? null : new CountryCode(request.VehicleRegistration.Trim().ToUpperInvariant()),
    };

    /// <summary>The coordinates of a place given as a point (empty for a name or id).</summary>
    private static string Snap(PlaceInput place) => place.Text is null ? place.ToQuery() : "";

    /// <summary>Now, to the hour, in corridor time: a request without departure is cacheable for an hour.</summary>
    private static DateTimeOffset ThisHour()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(ResourceSurcharges.CorridorOffset);
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, now.Offset);
    }

    /// <summary>The request after defaults and resolution, in a fixed order: equal meaning, equal text.</summary>
    private static string Canonical(RouteQuery q, bool includeGeometry) => string.Join(
        "|",
        q.Origin,
        q.Destination,
        q.Cargo.Kind,
        q.Cargo.Quantity.ToString("R", CultureInfo.InvariantCulture),
        q.Cargo.Unit,
        q.Departure.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        string.Join(",", q.Modes.Order()),
        string.Join(",", q.AvoidCountries.Select(c => c.Value).Order(StringComparer.Ordinal)),
        string.Join(",", q.AvoidCrossings.Select(c => c.Value).Order(StringComparer.Ordinal)),
        q.Objective,
        q.ValueOfTimeUsdPerHour.ToString("R", CultureInfo.InvariantCulture),
        q.Alternatives.ToString(CultureInfo.InvariantCulture),
        q.VehicleRegistration?.Value ?? "",
        q.EtaQuantile,
        q.Commodity?.ToString() ?? "",
        includeGeometry);
}
