using Microsoft.AspNetCore.Http.HttpResults;
using TransitOpt.Api.Contracts;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Plans;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Api.Scenarios;

/// <summary><c>/api/v1/scenarios</c>: named, versioned what-if overlays, and their evaluation against the baseline.</summary>
public static class ScenariosApi
{
    public static RouteGroupBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scenarios").WithTags("Scenarios");
        group.MapGet("/", ListScenarios).WithName("ListScenarios")
            .WithSummary("Saved scenarios").WithDescription("Every saved scenario with its version and changes.");
        group.MapGet("/{id}", GetScenario).WithName("GetScenario")
            .WithSummary("One scenario").WithDescription("404 problem+json when no scenario has the id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateScenario).RequireApiKey().WithName("CreateScenario")
            .WithSummary("Save a new scenario (version 1)")
            .WithDescription("Changes: closeCrossing, openCrossing, setCapacity, scaleCapacity, setDwell, setFee, closeLink, addLink (a GeoJSON LineString feature with the properties of links.geojson), activateProject; closures may take a period from/to. Every change is checked against the network; a bad one gives 400 naming changes[i]. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", ReplaceScenario).RequireApiKey().WithName("ReplaceScenario")
            .WithSummary("Replace a scenario; its version goes up by one")
            .WithDescription("Answers cached for the old version are never served for the new one. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteScenario).RequireApiKey().WithName("DeleteScenario")
            .WithSummary("Delete a scenario").WithDescription("Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/evaluation", EvaluateScenario).RequireApiKey().WithName("EvaluateScenario")
            .WithSummary("Plan a demand on the base network and on the scenario's, and compare")
            .WithDescription("KPIs (cost, mean and 90th-percentile transit, unserved, CO2, border hours) for both and their delta, crossing use by day, the shipments whose routes change with both routes, and the scenario's top shadow prices in sentences. Runs two plans under the solver gate. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    internal static async Task<Ok<List<Scenario>>> ListScenarios(IScenarioStore store) => TypedResults.Ok((await store.ListAsync()).ToList());

    internal static async Task<Results<Ok<Scenario>, ProblemHttpResult>> GetScenario(string id, IScenarioStore store) =>
        await store.GetAsync(id) is { } scenario ? TypedResults.Ok(scenario) : NotFound(id);

    internal static async Task<Results<Created<Scenario>, ValidationProblem, ProblemHttpResult>> CreateScenario(Scenario scenario, IScenarioStore store, NetworkState state)
    {
        var saved = scenario with { Version = 1, Changes = scenario.Changes.IsDefault ? [] : scenario.Changes };
        if (Validate(state, saved) is { } invalid)
        {
            return invalid;
        }

        if (await store.GetAsync(saved.Id) is not null)
        {
            return TypedResults.Problem(detail: $"a scenario '{saved.Id}' exists; PUT /api/v1/scenarios/{saved.Id} replaces it", statusCode: StatusCodes.Status409Conflict, title: "Scenario exists");
        }

        await store.SaveAsync(saved);
        return TypedResults.Created($"/api/v1/scenarios/{saved.Id}", saved);
    }

    internal static async Task<Results<Ok<Scenario>, ValidationProblem, ProblemHttpResult>> ReplaceScenario(string id, Scenario scenario, IScenarioStore store, NetworkState state)
    {
        if (await store.GetAsync(id) is not { } old)
        {
            return NotFound(id);
        }

        var saved = scenario with { Id = id, Version = old.Version + 1, Changes = scenario.Changes.IsDefault ? [] : scenario.Changes };
        if (Validate(state, saved) is { } invalid)
        {
            return invalid;
        }

        await store.SaveAsync(saved);
        return TypedResults.Ok(saved);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteScenario(string id, IScenarioStore store) =>
        await store.DeleteAsync(id) ? TypedResults.NoContent() : NotFound(id);

    internal static async Task<Results<Ok<ScenarioComparison>, ValidationProblem, ProblemHttpResult>> EvaluateScenario(
        string id, PlanRequest request, ScenarioNetworks networks, NetworkState state, SolverGate gate, Microsoft.Extensions.Options.IOptions<Options.DataOptions> data, HttpContext http, CancellationToken cancellation)
    {
        var (scenarioState, scenario) = await networks.ResolveAsync(id);
        if (scenarioState is null || scenario is null)
        {
            return NotFound(id);
        }

        var (problem, errors) = PlansApi.ToProblem(request, state.Network, data.Value.ResolvedDirectory);
        if (problem is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The evaluation request is not valid");
        }

        using var slot = await gate.TryWaitAsync(TimeSpan.FromSeconds(2), cancellation);
        if (slot is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(detail: "the solver is busy; retry after the time in Retry-After", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Solver busy");
        }

        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds ?? 30) };
        var comparison = await Task.Run(() => ScenarioEvaluator.Evaluate(state.Network, scenarioState.Network, scenario, problem, options, cancellation), cancellation);
        return TypedResults.Ok(comparison);
    }

    private static ValidationProblem? Validate(NetworkState state, Scenario scenario)
    {
        var applied = ScenarioOverlay.Apply(state.Network, scenario);
        return applied.Errors.Count == 0
            ? null
            : TypedResults.ValidationProblem(
                applied.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The scenario is not valid");
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(detail: $"no scenario has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown scenario");
}
