using Domain = TransitOpt.Optimization.Planning.PlanStatus;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>How good a plan is known to be.</summary>
public enum PlanStatus
{
    /// <summary>The whole-vehicle plan meets the LP bound of the converged column generation.</summary>
    Optimal,

    /// <summary>A valid plan with a gap to the bound (time limit, iteration limit, or integrality).</summary>
    Feasible,

    /// <summary>The time ran out before any plan existed.</summary>
    TimeLimitNoSolution,
}

/// <summary>The explicit mapping between <see cref="PlanStatus"/> on the wire and in the domain.</summary>
internal static class PlanStatusMapping
{
    public static PlanStatus ToWire(this Domain value) => value switch
    {
        Domain.Optimal => PlanStatus.Optimal,
        Domain.Feasible => PlanStatus.Feasible,
        Domain.TimeLimitNoSolution => PlanStatus.TimeLimitNoSolution,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
