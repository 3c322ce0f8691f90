using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Contracts.Network;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Options;
using TransitOpt.Api.Problems;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using CargoKind = TransitOpt.Network.Costs.CargoKind;
using CargoUnit = TransitOpt.Network.Costs.CargoUnit;
using EtaQuantile = TransitOpt.Network.EtaQuantile;
using PlanResult = TransitOpt.Api.Contracts.Plans.PlanResult;
using TransportMode = TransitOpt.Network.TransportMode;

namespace TransitOpt.Api.Plans;

/// <summary><c>/api/v1/plans</c>: many shipments planned together against daily capacities (needs an API key).</summary>
internal static class PlansApi
{
    private static readonly TransportMode[] BothModes = [TransportMode.Rail, TransportMode.Road];

    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/plans").WithTags("Plans");
        group.MapPost("/", CreatePlan)
            .RequireApiKey()
            .AcceptsDemand()
            .WithName("CreatePlan")
            .WithSummary("Plan many shipments against border, link and terminal capacities")
            .WithDescription("Column generation with OR-Tools (GLOP master, route-search pricing with capacity duals, SCIP for whole vehicles) against a greedy baseline. Small requests are answered at once (200); larger ones become a job (202 Accepted with Location). Needs X-Api-Key. At most Limits:ConcurrentPlans plans run at once; excess waits briefly, then gets 503 with Retry-After.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", GetPlan)
            .WithName("GetPlan")
            .WithSummary("A plan job: queued, running, succeeded (with the plan) or failed (with the reason)")
            .WithDescription("Poll the Location given by POST /plans until the status is succeeded or failed; with waitSeconds (0–25) the answer comes as soon as the job ends, or after that many seconds (long polling). Plan and scenario-evaluation jobs alike (kind).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", CancelPlan)
            .RequireApiKey()
            .WithName("CancelPlan")
            .WithSummary("Cancel a queued or running plan or evaluation job")
            .WithDescription("A queued job ends cancelled at once (200); a running one is asked to stop (202: poll it until it is cancelled, which happens when the solver next checks, usually within a second). A finished job cannot be cancelled (409). Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<PlanResult>, Accepted<PlanJob>, ValidationProblem, ProblemHttpResult>> CreatePlan(
        PlanRequest request, NetworkState state, Scenarios.ScenarioNetworks networks, IPlanJobs jobs, SolverGate gate, IOptions<LimitsOptions> limits, IOptions<DataOptions> data, TransitOptMetrics metrics, HttpContext http, CancellationToken cancellation)
    {
        var (network, _) = await networks.ResolveAsync(request.Scenario);
        if (network is null)
        {
            return TypedResults.Problem(detail: $"no scenario has the id '{request.Scenario}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown scenario");
        }

        var (problem, errors) = ToProblem(request, state.Network, data.Value.ResolvedDirectory);
        if (problem is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The plan request is not valid");
        }

        var options = Options(request);
        if (problem.Shipments.Count > limits.Value.SynchronousPlanShipments)
        {
            if (await jobs.SubmitAsync(new JobRequest(JobRequest.Plan, request.Scenario, problem, options.TimeLimit.TotalSeconds, options.EtaQuantile) { WorkLimit = options.WorkLimit, TargetGap = options.TargetGap }) is not { } job)
            {
                http.Response.Headers.RetryAfter = "30";
                return TypedResults.Problem(detail: "the plan job queue is full (or the service is stopping); retry after the time in Retry-After", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Job queue full");
            }

            return TypedResults.Accepted($"/api/v1/plans/{job.Id}", job);
        }

        using var slot = await gate.TryWaitAsync(TimeSpan.FromSeconds(2), cancellation);
        if (slot is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(detail: "the solver is busy with other plans; retry after the time in Retry-After", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Solver busy");
        }

        var result = await Task.Run(() => new Planner(network.Network).Plan(problem, options, cancellation), cancellation);
        metrics.Solved("plan", TimeSpan.FromSeconds(result.SolveSeconds));
        return TypedResults.Ok(PlanResult.From(result));
    }

    internal static async Task<Results<Ok<PlanJob>, ProblemHttpResult>> GetPlan(string id, IPlanJobs jobs, CancellationToken cancellation, [Microsoft.AspNetCore.Mvc.FromQuery] int? waitSeconds = null)
    {
        if (waitSeconds is < 0 or > MaxWaitSeconds)
        {
            return TypedResults.Problem(detail: $"waitSeconds must be 0 to {MaxWaitSeconds}", statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");
        }

        return await jobs.WaitAsync(id, TimeSpan.FromSeconds(waitSeconds ?? 0), cancellation) is { } job
            ? TypedResults.Ok(job)
            : TypedResults.Problem(detail: $"no plan job has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown plan job");
    }

    internal static async Task<Results<Ok<PlanJob>, Accepted<PlanJob>, ProblemHttpResult>> CancelPlan(string id, IPlanJobs jobs) =>
        await jobs.CancelAsync(id) switch
        {
            null => TypedResults.Problem(detail: $"no plan job has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown plan job"),
            { Status: PlanJobStatus.Cancelled } job => TypedResults.Ok(job),
            { Status: PlanJobStatus.Running } job => TypedResults.Accepted($"/api/v1/plans/{job.Id}", job),
            var job => TypedResults.Problem(detail: $"plan job '{id}' already ended ({job.Status.ToString().ToLowerInvariant()}); nothing to cancel", statusCode: StatusCodes.Status409Conflict, title: "Job already finished"),
        };

    /// <summary>Longest long poll of a job, in seconds (within the request timeout).</summary>
    private const int MaxWaitSeconds = 25;

    /// <summary>The solver options a request asks for (time limit, work limit, target gap, ETA quantile).</summary>
    internal static PlanOptions Options(PlanRequest request) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds ?? 30),
        WorkLimit = request.WorkLimit,
        TargetGap = request.TargetGapPercent / 100 ?? new PlanOptions().TargetGap,
        EtaQuantile = request.EtaQuantile?.ToDomain() ?? EtaQuantile.P50,
    };

    /// <summary>The plan problem a request describes (shipments or a demand set), or the errors by field.</summary>
    internal static (PlanProblem? Problem, Dictionary<string, string[]> Errors) ToProblem(PlanRequest request, TransitNetwork network, string dataDirectory)
    {
        var errors = new Dictionary<string, string[]>();
        var problem = Problem(request, network, dataDirectory, errors);
        if (request.TimeLimitSeconds is < 1 or > 600)
        {
            errors["timeLimitSeconds"] = ["the time limit must be 1 to 600 seconds"];
        }

        if (request.WorkLimit is < 1 or > 1_000_000)
        {
            errors["workLimit"] = ["the work limit must be 1 to 1,000,000 (route searches and branch-and-bound nodes)"];
        }

        if (request.TargetGapPercent is not (null or (>= 0 and <= 50)))
        {
            errors["targetGapPercent"] = ["the target gap must be 0 to 50 percent of the plan's cost"];
        }

        if (problem is not null)
        {
            try
            {
                PlanProblemException.ThrowIfInvalid(network, problem);
            }
            catch (PlanProblemException exception)
            {
                errors[exception.Field] = [exception.Message];
            }
        }

        return errors.Count > 0 ? (null, errors) : (problem, errors);
    }

    private static PlanProblem? Problem(PlanRequest request, TransitNetwork network, string dataDirectory, Dictionary<string, string[]> errors)
    {
        if ((request.Shipments is null) == (request.Demand is null))
        {
            errors["shipments"] = ["give either shipments or demand (the name of a demand set)"];
            return null;
        }

        if (request.HorizonDays is < 1 or > 60)
        {
            errors["horizonDays"] = ["horizonDays must be 1 to 60"];
        }

        if (request.Demand is { } name)
        {
            var path = DemandSet.PathOf(dataDirectory, name);
            if (name.IndexOfAny(['/', '\\', '.']) >= 0 || !File.Exists(path))
            {
                errors["demand"] = [$"no demand set is named '{name}'"];
                return null;
            }

            var set = DemandSet.Read(path, network).Problem;
            return request.HorizonDays is { } days ? set with { HorizonDays = days } : set;
        }

        var shipments = new List<ShipmentRequest>();
        foreach (var (input, i) in request.Shipments!.Select((s, i) => (s, i)))
        {
            var at = $"shipments[{i}]";
            if (input is null)
            {
                errors[at] = ["a shipment is null; give an object with origin, destination, cargo, ready and due"];
                continue;
            }

            var origin = PlaceInput.Resolve(input.Origin, network, $"{at}.origin", BothModes, errors)?.Place;
            var destination = PlaceInput.Resolve(input.Destination, network, $"{at}.destination", BothModes, errors)?.Place;
            if (input.Ready is null || input.Due is null)
            {
                errors[$"{at}.ready"] = ["ready and due are required (ISO dates)"];
            }

            if (input.Modes is { Count: 0 })
            {
                errors[$"{at}.modes"] = ["modes must list rail, road or both (or be left out for both)"];
            }

            if (origin is not null && destination is not null && input.Ready is { } ready && input.Due is { } due)
            {
                shipments.Add(new ShipmentRequest(
                    input.Id ?? $"shipment-{i + 1}", origin.Id, destination.Id,
                    new Cargo(input.Cargo?.Kind?.ToDomain() ?? CargoKind.Container, input.Cargo?.Quantity ?? 2, input.Cargo?.Unit?.ToDomain() ?? CargoUnit.Teu),
                    ready, due, input.UnservedPenaltyUsd)
                {
                    VehicleRegistration = string.IsNullOrWhiteSpace(input.VehicleRegistration) ? null : new CountryCode(input.VehicleRegistration.Trim().ToUpperInvariant()),
                    Commodity = input.Commodity?.ToDomain(),
                    Modes = input.Modes is { Count: > 0 } modes ? modes.Select(m => m.ToDomain()).ToHashSet() : null,
                });
            }
        }

        return errors.Count > 0 || shipments.Count == 0 ? null : new PlanProblem(shipments, shipments.Min(s => s.Ready), request.HorizonDays ?? 14);
    }
}
