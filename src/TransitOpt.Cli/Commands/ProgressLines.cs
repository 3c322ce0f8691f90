using System.Globalization;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Cli.Commands;

/// <summary>The planner's progress as lines on standard error: elapsed seconds, then the phase with its bound and gap.</summary>
internal static class ProgressLines
{
    /// <summary>Progress that writes each report as a line, on the solver's thread and in order.</summary>
    public static IProgress<PlanProgress> To(TextWriter error) => new SynchronousProgress(p => error.WriteLine(Line(p)));

    public static string Line(PlanProgress p) => string.Create(CultureInfo.InvariantCulture, $"{p.ElapsedSeconds,6:N1} s  {(p.Plan is { } plan ? plan + ": " : string.Empty)}") + p.Phase switch
    {
        "greedy" => string.Create(CultureInfo.InvariantCulture, $"greedy baseline: ${p.BestPlanUsd:N0}"),
        "pricing" => string.Create(CultureInfo.InvariantCulture, $"pricing round {p.Iteration}: {p.Columns:N0} itineraries, master LP ${p.LpObjectiveUsd:N0}, proven bound ${p.BoundUsd:N0}{Gap(p)}"),
        "enriching" => string.Create(CultureInfo.InvariantCulture, $"adding alternatives where the LP splits shipments: master LP ${p.LpObjectiveUsd:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"whole vehicles: ${p.BestPlanUsd:N0} against the bound ${p.BoundUsd:N0}{Gap(p)}"),
    };

    // The gap of the best whole-vehicle plan so far to the proven bound, when both are known.
    private static string Gap(PlanProgress p) =>
        p is { BestPlanUsd: > 0 and var best, BoundUsd: { } bound } ? string.Create(CultureInfo.InvariantCulture, $", gap {(best - bound) / best:P2}") : string.Empty;

    /// <summary>Reports progress on the solver's thread, in order (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class SynchronousProgress(Action<PlanProgress> report) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => report(value);
    }
}
