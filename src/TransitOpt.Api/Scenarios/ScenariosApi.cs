using Microsoft.AspNetCore.Http.HttpResults;
using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Plans;
using TransitOpt.Api.Problems;
using TransitOpt.Optimization.Scenarios;
using Domain = TransitOpt.Network.Scenarios;
using Scenario = TransitOpt.Api.Contracts.Scenarios.Scenario;
using ScenarioComparison = TransitOpt.Api.Contracts.Scenarios.ScenarioComparison;

namespace TransitOpt.Api.Scenarios;

/// <summary><c>/api/v1/scenarios</c>: named, versioned what-if overlays, and their evaluation against the baseline.</summary>
internal static class ScenariosApi
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
            .WithDescription("Answers cached for the old version are never served for the new one. With If-Match (the ETag of a GET, e.g. \"v3\") it replaces only that version and answers 412 when another client changed it since; without, concurrent replacements each get their own, strictly increasing version. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id}", DeleteScenario).RequireApiKey().WithName("DeleteScenario")
            .WithSummary("Delete a scenario").WithDescription("With If-Match only that version (412 otherwise). Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id}/evaluation", EvaluateScenario).RequireApiKey().AcceptsDemand().WithName("EvaluateScenario")
            .WithSummary("Plan a demand on the base network and on the scenario's, and compare")
            .WithDescription("KPIs (cost, mean and 90th-percentile transit, unserved, CO2, border hours) for both and their delta, crossing use by day, the shipments whose routes change with both routes, and the scenario's top shadow prices in sentences. Runs two plans under the solver gate; a demand larger than Limits:SynchronousPlanShipments becomes a job (202 with Location /api/v1/plans/{jobId}, whose comparison field holds the answer). Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    internal static async Task<Ok<List<Scenario>>> ListScenarios(IScenarioStore store) => TypedResults.Ok((await store.ListAsync()).Select(Scenario.From).ToList());

    internal static async Task<Results<Ok<Scenario>, ProblemHttpResult>> GetScenario(string id, IScenarioStore store, HttpContext http)
    {
        if (await store.GetAsync(id) is not { } scenario)
        {
            return NotFound(id);
        }

        http.Response.Headers.ETag = ETagOf(scenario);
        return TypedResults.Ok(Scenario.From(scenario));
    }

    internal static async Task<Results<Created<Scenario>, ValidationProblem, ProblemHttpResult>> CreateScenario(Scenario scenario, IScenarioStore store, NetworkState state)
    {
        var saved = scenario.ToDomain() with { Version = 1 };
        if (Validate(state, saved) is { } invalid)
        {
            return invalid;
        }

        if (!await store.CreateAsync(saved))
        {
            return TypedResults.Problem(detail: $"a scenario '{saved.Id}' exists; PUT /api/v1/scenarios/{saved.Id} replaces it", statusCode: StatusCodes.Status409Conflict, title: "Scenario exists");
        }

        return TypedResults.Created($"/api/v1/scenarios/{saved.Id}", Scenario.From(saved));
    }

    /// <summary>
    /// Replaces a scenario with the next version. With <c>If-Match</c> (the ETag of a GET) the replacement happens only
    /// if nobody changed it since (else 412); without it, concurrent replacements are serialised by compare and set, so
    /// every one gets its own, strictly increasing version and none is lost.
    /// </summary>
    internal static async Task<Results<Ok<Scenario>, ValidationProblem, ProblemHttpResult>> ReplaceScenario(string id, Scenario scenario, IScenarioStore store, NetworkState state, HttpContext http)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        var replacement = scenario.ToDomain() with { Id = id };
        if (await store.GetAsync(id) is null)
        {
            return NotFound(id);
        }

        // The content is checked once; only the version changes between compare-and-set rounds.
        if (Validate(state, replacement) is { } invalid)
        {
            return invalid;
        }

        for (var attempt = 0; attempt < MaxReplaceAttempts; attempt++)
        {
            if (await store.GetAsync(id) is not { } old)
            {
                return NotFound(id);
            }

            if (ifMatch.Length > 0 && ifMatch != "*" && ifMatch != ETagOf(old))
            {
                return Stale(id, old);
            }

            var saved = replacement with { Version = old.Version + 1 };
            if (await store.ReplaceAsync(saved, old))
            {
                http.Response.Headers.ETag = ETagOf(saved);
                return TypedResults.Ok(Scenario.From(saved));
            }

            if (ifMatch.Length > 0 && ifMatch != "*")
            {
                return Stale(id, await store.GetAsync(id));
            }
        }

        http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(detail: $"scenario '{id}' is being replaced by many requests at once; retry", statusCode: StatusCodes.Status409Conflict, title: "Scenario busy");
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteScenario(string id, IScenarioStore store, HttpContext http)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && ifMatch != "*" && await store.GetAsync(id) is { } current && ifMatch != ETagOf(current))
        {
            return Stale(id, current);
        }

        return await store.DeleteAsync(id) ? TypedResults.NoContent() : NotFound(id);
    }

    /// <summary>Compare-and-set rounds a replacement without If-Match tries before giving up (many writers at once).</summary>
    private const int MaxReplaceAttempts = 50;

    /// <summary>The ETag of a scenario version: <c>"v3"</c>.</summary>
    private static string ETagOf(Domain.Scenario scenario) => $"\"v{scenario.Version}\"";

    private static ProblemHttpResult Stale(string id, Domain.Scenario? current) =>
        TypedResults.Problem(
            detail: $"scenario '{id}' changed since the version in If-Match{(current is null ? " (it was deleted)" : $"; it is now version {current.Version}, ETag {ETagOf(current)}")}",
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Scenario changed");

    internal static async Task<Results<Ok<ScenarioComparison>, Accepted<PlanJob>, ValidationProblem, ProblemHttpResult>> EvaluateScenario(
        string id, PlanRequest request, ScenarioNetworks networks, NetworkState state, SolverGate gate, IPlanJobs jobs,
        Microsoft.Extensions.Options.IOptions<Options.DataOptions> data, Microsoft.Extensions.Options.IOptions<Options.LimitsOptions> limits, HttpContext http, CancellationToken cancellation)
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

        var options = PlansApi.Options(request);
        if (problem.Shipments.Count > limits.Value.SynchronousPlanShipments)
        {
            // Two plans of a large demand take longer than a request may: the evaluation becomes a job.
            if (await jobs.SubmitAsync(new JobRequest(JobRequest.Evaluation, id, problem, options.TimeLimit.TotalSeconds, options.EtaQuantile) { WorkLimit = options.WorkLimit, TargetGap = options.TargetGap }) is not { } job)
            {
                http.Response.Headers.RetryAfter = "30";
                return TypedResults.Problem(detail: "the job queue is full (or the service is stopping); retry after the time in Retry-After", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Job queue full");
            }

            return TypedResults.Accepted($"/api/v1/plans/{job.Id}", job);
        }

        using var slot = await gate.TryWaitAsync(TimeSpan.FromSeconds(2), cancellation);
        if (slot is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(detail: "the solver is busy; retry after the time in Retry-After", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Solver busy");
        }

        var comparison = await Task.Run(() => ScenarioEvaluator.Evaluate(state.Network, scenarioState.Network, scenario, problem, options, cancellation), cancellation);
        return TypedResults.Ok(ScenarioComparison.From(comparison));
    }

    private static ValidationProblem? Validate(NetworkState state, Domain.Scenario scenario)
    {
        var applied = Domain.ScenarioOverlay.Apply(state.Network, scenario);
        return applied.Errors.Count == 0
            ? null
            : TypedResults.ValidationProblem(
                applied.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The scenario is not valid");
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(detail: $"no scenario has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown scenario");
}
