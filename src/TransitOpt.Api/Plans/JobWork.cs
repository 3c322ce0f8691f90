using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Contracts.Scenarios;

namespace TransitOpt.Api.Plans;

/// <summary>A queued job: its id and what it computes.</summary>
/// <param name="Id">The job.</param>
/// <param name="Request">What it computes.</param>
internal sealed record JobWork(string Id, JobRequest Request);

/// <summary>What a job produced, in its wire form (kept in the job record as it is served).</summary>
/// <param name="Plan">The plan of a plan job.</param>
/// <param name="Comparison">The comparison of an evaluation job.</param>
/// <param name="SolveSeconds">Solver time.</param>
internal sealed record JobOutcome(PlanResult? Plan, ScenarioComparison? Comparison, double SolveSeconds);
