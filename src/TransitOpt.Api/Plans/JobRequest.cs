using TransitOpt.Network;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Api.Plans;

/// <summary>What a job is asked to compute, in a form that survives a restart (the network is resolved when it runs).</summary>
/// <param name="Kind">plan, or evaluation.</param>
/// <param name="Scenario">The scenario to plan on (or to evaluate), or null for the base network.</param>
/// <param name="Problem">The shipments.</param>
/// <param name="TimeLimitSeconds">The solver's time limit (each of an evaluation's two plans).</param>
/// <param name="EtaQuantile">The border delay quantile planned to.</param>
internal sealed record JobRequest(string Kind, string? Scenario, PlanProblem Problem, double TimeLimitSeconds, EtaQuantile EtaQuantile)
{
    /// <summary>The deterministic work limit, or null.</summary>
    public int? WorkLimit { get; init; }

    /// <summary>The share of a proven bound within which the planner stops (a job stored before requests carried it runs with the default).</summary>
    public double TargetGap { get; init; } = new PlanOptions().TargetGap;

    /// <summary>The kind of a plan job.</summary>
    public const string Plan = "plan";

    /// <summary>The kind of a scenario-evaluation job.</summary>
    public const string Evaluation = "evaluation";
}
