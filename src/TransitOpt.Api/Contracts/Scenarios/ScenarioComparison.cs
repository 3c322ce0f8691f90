using TransitOpt.Api.Contracts.Plans;
using Domain = TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Api.Contracts.Scenarios;

/// <summary>A scenario against the baseline, both planned on the same demand.</summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="ScenarioVersion">The scenario's version.</param>
/// <param name="BaseNetworkVersion">The base network's content version.</param>
/// <param name="ScenarioNetworkVersion">The scenario network's content version.</param>
/// <param name="Baseline">KPIs of the baseline plan.</param>
/// <param name="Result">KPIs of the scenario plan.</param>
/// <param name="Delta">Scenario minus baseline.</param>
/// <param name="Crossings">Border crossing use by day where either plan uses it, baseline against scenario.</param>
/// <param name="ChangedShipments">Shipments whose routes differ, with both.</param>
/// <param name="ShadowPrices">The scenario plan's resource-days at 95 % use or more, most valuable first (ten at most), each with what one more vehicle saves (a re-solve) in a sentence.</param>
/// <param name="BaselinePlan">How good the baseline plan is known to be.</param>
/// <param name="ScenarioPlan">How good the scenario plan is known to be.</param>
public sealed record ScenarioComparison(
    string Scenario,
    int ScenarioVersion,
    string BaseNetworkVersion,
    string ScenarioNetworkVersion,
    ComparisonKpis Baseline,
    ComparisonKpis Result,
    ComparisonKpis Delta,
    List<CrossingDayChange> Crossings,
    List<ChangedShipment> ChangedShipments,
    List<ShadowPriceNote> ShadowPrices,
    PlanQuality BaselinePlan,
    PlanQuality ScenarioPlan)
{
    /// <summary>The wire form of a comparison.</summary>
    public static ScenarioComparison From(Domain.ScenarioComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new(
            comparison.Scenario, comparison.ScenarioVersion, comparison.BaseNetworkVersion, comparison.ScenarioNetworkVersion,
            ComparisonKpis.From(comparison.Baseline), ComparisonKpis.From(comparison.Result), ComparisonKpis.From(comparison.Delta),
            [.. comparison.Crossings.Select(c => new CrossingDayChange(c.CrossingId, c.Direction.ToWire(), c.Day, c.BaselineUsed, c.BaselineCapacity, c.ScenarioUsed, c.ScenarioCapacity))],
            [.. comparison.ChangedShipments.Select(c => new ChangedShipment(c.Id, [.. c.Baseline], [.. c.Scenario]))],
            [.. comparison.ShadowPrices.Select(p => new ShadowPriceNote(p.ResourceId, p.Day, p.ShadowPriceUsd, p.Sentence))],
            PlanQuality.From(comparison.BaselinePlan),
            PlanQuality.From(comparison.ScenarioPlan));
    }
}

/// <summary>A plan's status, bound and gap, so a comparison says how far each side can be trusted.</summary>
/// <param name="Status">Optimal, feasible or no solution.</param>
/// <param name="BoundUsd">A proven lower bound on the plan's cost (see the plan's bound kind).</param>
/// <param name="Gap">(objective − bound) / objective.</param>
/// <param name="SolveSeconds">Solve time.</param>
public sealed record PlanQuality(PlanStatus Status, double BoundUsd, double Gap, double SolveSeconds)
{
    internal static PlanQuality From(Domain.PlanQuality quality) => new(quality.Status.ToWire(), quality.BoundUsd, quality.Gap, Math.Round(quality.SolveSeconds, 2));
}

/// <summary>Totals compared between plans.</summary>
/// <param name="TotalCostUsd">Plan objective: transport, border, handling, lateness, waiting and unserved penalties.</param>
/// <param name="MeanTransitHours">Mean door-to-door hours per lot sent.</param>
/// <param name="P90TransitHours">90th percentile of door-to-door hours per lot sent.</param>
/// <param name="UnservedLots">Vehicle-loads not sent.</param>
/// <param name="Co2Kg">CO2e of what is sent.</param>
/// <param name="BorderHours">Lot-hours at borders.</param>
public sealed record ComparisonKpis(double TotalCostUsd, double MeanTransitHours, double P90TransitHours, double UnservedLots, double Co2Kg, double BorderHours)
{
    internal static ComparisonKpis From(Domain.ComparisonKpis kpis) =>
        new(kpis.TotalCostUsd, kpis.MeanTransitHours, kpis.P90TransitHours, kpis.UnservedLots, kpis.Co2Kg, kpis.BorderHours);
}

/// <summary>One crossing on one day in both plans.</summary>
/// <param name="CrossingId">The crossing.</param>
/// <param name="Direction">Direction of use.</param>
/// <param name="Day">Day index.</param>
/// <param name="BaselineUsed">Vehicles in the baseline plan.</param>
/// <param name="BaselineCapacity">Capacity in the base network.</param>
/// <param name="ScenarioUsed">Vehicles in the scenario plan.</param>
/// <param name="ScenarioCapacity">Capacity in the scenario network.</param>
public sealed record CrossingDayChange(string CrossingId, ResourceDirection Direction, int Day, int BaselineUsed, int BaselineCapacity, int ScenarioUsed, int ScenarioCapacity);

/// <summary>A shipment routed differently under the scenario.</summary>
/// <param name="Id">The shipment.</param>
/// <param name="Baseline">Its routes in the baseline plan (lots, summary), or "unserved".</param>
/// <param name="Scenario">Its routes in the scenario plan.</param>
public sealed record ChangedShipment(string Id, List<string> Baseline, List<string> Scenario);

/// <summary>A full (95 % or more) capacity of the scenario plan and what one more vehicle that day would save.</summary>
/// <param name="ResourceId">The crossing, link or terminal.</param>
/// <param name="Day">Day index.</param>
/// <param name="ShadowPriceUsd">USD saved by one more vehicle of capacity that day: the plan's master LP re-solved with it.</param>
/// <param name="Sentence">The same in words.</param>
public sealed record ShadowPriceNote(string ResourceId, int Day, double ShadowPriceUsd, string Sentence);
