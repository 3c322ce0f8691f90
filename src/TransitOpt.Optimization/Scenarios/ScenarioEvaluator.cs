using System.Collections.Immutable;
using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Scenarios;

/// <summary>Plans the same demand on the base network and on a scenario's network, and compares the two plans.</summary>
public static class ScenarioEvaluator
{
    /// <summary>
    /// Evaluates an applied scenario; both plans get the options' time limit each. A scenario that only adds capacity or
    /// infrastructure starts from the baseline plan, so it is never dearer than the baseline.
    /// </summary>
    public static ScenarioComparison Evaluate(
        TransitNetwork baseNetwork, TransitNetwork scenarioNetwork, Scenario scenario, PlanProblem problem, PlanOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(baseNetwork);
        ArgumentNullException.ThrowIfNull(scenarioNetwork);
        ArgumentNullException.ThrowIfNull(scenario);
        var before = new Planner(baseNetwork).Plan(problem, Labelled(options, "baseline"), cancellation);
        var after = new Planner(scenarioNetwork).Plan(problem, Labelled(options, "scenario"), cancellation, KeepsRoutes(scenario) ? before : null);
        var baseline = Kpis(before);
        var result = Kpis(after);
        return new ScenarioComparison(
            scenario.Id,
            scenario.Version,
            baseNetwork.Version.Value,
            scenarioNetwork.Version.Value,
            baseline,
            result,
            result.Minus(baseline),
            Crossings(before, after, baseNetwork, scenarioNetwork),
            Changed(before, after),
            Prices(after, scenarioNetwork, problem),
            new PlanQuality(before.Status, before.BoundUsd, before.Gap, before.SolveSeconds),
            new PlanQuality(after.Status, after.BoundUsd, after.Gap, after.SolveSeconds));
    }

    /// <summary>
    /// True when the scenario only adds capacity or infrastructure, so that every baseline itinerary keeps its timing and
    /// cost on the scenario's network: the baseline plan then starts the scenario's plan (where it still fits the
    /// capacities), and the scenario can come out no dearer than the baseline.
    /// </summary>
    private static bool KeepsRoutes(Scenario scenario) => scenario.Changes.All(c => c.Op is
        ScenarioOperation.SetCapacity or ScenarioOperation.ScaleCapacity or ScenarioOperation.OpenCrossing
        or ScenarioOperation.ActivateProject or ScenarioOperation.AddLink);

    /// <summary>The options with progress reports that say which of the two plans reports.</summary>
    private static PlanOptions Labelled(PlanOptions options, string plan) =>
        options.Progress is { } progress ? options with { Progress = new LabelledProgress(progress, plan) } : options;

    private static ComparisonKpis Kpis(PlanResult plan)
    {
        var durations = plan.Shipments.SelectMany(s => s.Assignments).SelectMany(a => Enumerable.Repeat(a.Route.DurationHours, a.Lots)).Order().ToList();
        var p90 = durations.Count == 0 ? 0 : durations[Math.Min(durations.Count - 1, (int)Math.Ceiling(0.9 * durations.Count) - 1)];
        return new ComparisonKpis(plan.ObjectiveUsd, plan.Kpis.MeanTransitHours, p90, plan.Kpis.UnservedQuantity, plan.Kpis.Co2Kg, plan.Kpis.BorderHours);
    }

    private static ImmutableArray<CrossingDayChange> Crossings(PlanResult before, PlanResult after, TransitNetwork baseNetwork, TransitNetwork scenarioNetwork)
    {
        static Dictionary<(string, ResourceDirection, int), int> Used(PlanResult plan) => plan.Utilisation
            .Where(u => u.Kind == ResourceKind.Crossing)
            .ToDictionary(u => (u.ResourceId, u.Direction, u.Day), u => u.Used);
        var b = Used(before);
        var a = Used(after);
        int Capacity(TransitNetwork network, string id, ResourceDirection direction) =>
            new ResourceRef(ResourceKind.Crossing, id, direction).Capacity(network);
        return [.. b.Keys.Union(a.Keys)
            .Where(k => b.GetValueOrDefault(k) != a.GetValueOrDefault(k))
            .OrderBy(k => k.Item3).ThenBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2)
            .Select(k => new CrossingDayChange(k.Item1, k.Item2, k.Item3, b.GetValueOrDefault(k), Capacity(baseNetwork, k.Item1, k.Item2), a.GetValueOrDefault(k), Capacity(scenarioNetwork, k.Item1, k.Item2)))];
    }

    private static ImmutableArray<ChangedShipment> Changed(PlanResult before, PlanResult after)
    {
        static ImmutableArray<string> Routes(ShipmentPlan plan) =>
        [
            .. plan.Assignments.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Lots} lots day {a.DepartureDay}: {a.Route.Summary}")),
            .. plan.UnservedLots > 0 ? [string.Create(CultureInfo.InvariantCulture, $"{plan.UnservedLots} lots unserved")] : Array.Empty<string>(),
        ];
        var afterById = after.Shipments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. before.Shipments
            .Select(s => (s.Id, Before: Routes(s), After: Routes(afterById[s.Id])))
            .Where(x => !x.Before.Select(r => r[(r.IndexOf(':', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal)
                .SequenceEqual(x.After.Select(r => r[(r.IndexOf(':', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal), StringComparer.Ordinal))
            .Select(x => new ChangedShipment(x.Id, x.Before, x.After))];
    }

    private static ImmutableArray<ShadowPriceNote> Prices(PlanResult plan, TransitNetwork network, PlanProblem problem) =>
    [
        .. plan.MarginalValues.OrderByDescending(v => v.SavingUsd).ThenBy(v => v.Day).ThenBy(v => v.ResourceId, StringComparer.Ordinal).Take(10)
            .Select(v => new ShadowPriceNote(v.ResourceId, v.Day, v.SavingUsd, Sentence(v, network, problem))),
    ];

    private static string Sentence(MarginalValue value, TransitNetwork network, PlanProblem problem)
    {
        var day = problem.Start.AddDays(value.Day).ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var what = ResourceWords.Name(network, value.Kind, value.ResourceId, value.Direction);
        var vehicle = ResourceWords.Unit(network, value.Kind, value.ResourceId);
        var full = string.Create(CultureInfo.InvariantCulture, $"{what} is {(double)value.Used / value.Capacity:P0} full on day {value.Day} ({day}, {value.Used:N0}/{value.Capacity:N0})");
        return value.SavingUsd < 1
            ? $"{full}; one more {vehicle} would save nothing: what it holds back leaves on another day or route at the same cost."
            : string.Create(CultureInfo.InvariantCulture, $"{full}; one more {vehicle} would save about ${value.SavingUsd:N0}{(value.ShipmentsMoved.IsEmpty ? string.Empty : ", moving " + string.Join(", ", value.ShipmentsMoved.Take(3)))}.");
    }

    private sealed class LabelledProgress(IProgress<PlanProgress> inner, string plan) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => inner.Report(value with { Plan = plan });
    }
}
