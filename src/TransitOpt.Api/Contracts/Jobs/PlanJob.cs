using System.ComponentModel;
using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Contracts.Scenarios;
using PlanProgress = TransitOpt.Optimization.Planning.PlanProgress;

namespace TransitOpt.Api.Contracts.Jobs;

/// <summary>Where a plan job stands.</summary>
public enum PlanJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>A plan or scenario-evaluation job as <c>GET /api/v1/plans/{id}</c> shows it.</summary>
public sealed record PlanJob(
    [property: Description("The job id.")] string Id,
    [property: Description("queued, running, succeeded, failed, or cancelled (by DELETE).")] PlanJobStatus Status,
    [property: Description("Shipments in the job.")] int Shipments,
    [property: Description("When it was accepted.")] DateTimeOffset Submitted,
    [property: Description("When the solver started it.")] DateTimeOffset? Started,
    [property: Description("When it ended.")] DateTimeOffset? Finished,
    [property: Description("Why it failed, when it did.")] string? Error,
    [property: Description("The plan, once a plan job succeeded.")] PlanResult? Result)
{
    [Description("plan, or evaluation (a scenario evaluation: two plans compared).")]
    public string Kind { get; init; } = "plan";

    [Description("The comparison, once an evaluation job succeeded.")]
    public ScenarioComparison? Comparison { get; init; }

    [Description("How far the solver has got, while the job runs.")]
    public JobProgress? Progress { get; init; }
}

/// <summary>How far a running job's solver has got: its last progress report.</summary>
public sealed record JobProgress(
    [property: Description("greedy, pricing, enriching or integer (the whole-vehicle solve).")] string Phase,
    [property: Description("For an evaluation, which plan: baseline or scenario; null for a plan job.")] string? Plan,
    [property: Description("Column generation round.")] int Round,
    [property: Description("Seconds since this plan's solve started.")] double ElapsedSeconds,
    [property: Description("The master LP's objective, USD.")] double? MasterLpUsd,
    [property: Description("The best proven lower bound on the plan's cost so far, USD.")] double? BoundUsd,
    [property: Description("The best whole-vehicle plan so far, USD.")] double? BestPlanUsd)
{
    /// <summary>The solver's report as the job shows it (its amounts go out in cents, as every amount does: WireRounding).</summary>
    internal static JobProgress From(PlanProgress progress) => new(
        progress.Phase, progress.Plan, progress.Iteration, Math.Round(progress.ElapsedSeconds, 1),
        progress.LpObjectiveUsd, progress.BoundUsd, progress.BestPlanUsd);
}
