using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Optimization.Tests.Scenarios;

public sealed class ScenarioEvaluatorTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void ClosingEveryUzbekTajikRailCrossing_ShouldMoveRailFlowsToRoadOrLeaveThemUnserved_AndSaySo()
    {
        var network = BundledNetwork.Network;
        var closures = network.Crossings
            .Where(c => c.Mode == TransportMode.Rail && c.Joins(new CountryCode("UZ"), CountryCode.Tajikistan))
            .Select(c => new ScenarioChange(ScenarioOperation.CloseCrossing, c.Id.Value))
            .ToList();
        var scenario = new Scenario("uz-tj-rail-closed", "Every UZ–TJ rail crossing closed", "test", [.. closures]);
        var applied = ScenarioOverlay.Apply(network, scenario).Network!;
        var problem = new PlanProblem(
            [
                new ShipmentRequest("GRAIN-1", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Dushanbe"), new Cargo(CargoKind.Bulk, 10, CargoUnit.Wagons), Start, Start.AddDays(10)),
                new ShipmentRequest("GRAIN-2", BundledNetwork.Named("Kostanay"), BundledNetwork.Named("Bokhtar"), new Cargo(CargoKind.Bulk, 6, CargoUnit.Wagons), Start, Start.AddDays(12)),
                new ShipmentRequest("ONIONS", BundledNetwork.Named("Khujand"), BundledNetwork.Named("Almaty"), new Cargo(CargoKind.Reefer, 3, CargoUnit.Trucks), Start, Start.AddDays(6)),
            ],
            Start,
            14);

        var comparison = ScenarioEvaluator.Evaluate(network, applied, scenario, problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(30) });

        Assert.NotEqual(comparison.BaseNetworkVersion, comparison.ScenarioNetworkVersion);
        Assert.Contains(comparison.ChangedShipments, s => s.Id == "GRAIN-1");
        Assert.Contains(comparison.ChangedShipments, s => s.Id == "GRAIN-2");
        foreach (var changed in comparison.ChangedShipments)
        {
            Assert.All(changed.Baseline, r => Assert.Contains("Rail via", r, StringComparison.Ordinal));
            Assert.Contains(changed.Baseline, r => r.Contains("Kudukli", StringComparison.Ordinal) || r.Contains("Bekabad–Khujand", StringComparison.Ordinal) || r.Contains("Amuzang", StringComparison.Ordinal) || r.Contains("Kanibadam", StringComparison.Ordinal));
            Assert.All(changed.Scenario, r => Assert.True(r.Contains("road", StringComparison.OrdinalIgnoreCase) || r.Contains("unserved", StringComparison.Ordinal), r));
        }

        Assert.True(comparison.Delta.TotalCostUsd > 0, "losing the rail junctions costs money");
        Assert.Contains(comparison.Crossings, c => c.CrossingId.EndsWith("-RAIL", StringComparison.Ordinal) && c.BaselineUsed > 0 && c.ScenarioUsed == 0);
    }

    [Fact]
    public void SaryagashAt40Pairs_InTheGrainWave_IsNeverDearerAndSavesMoney()
    {
        // 35 → 40 train pairs a day (1,995 → 2,280 wagons) while 9,000 loaded wagons wait: more capacity can only help,
        // and waiting wagons pay hire, so it must show a saving; the baseline plan starts the scenario's.
        var network = BundledNetwork.Network;
        var (scenario, _) = ScenarioJson.Read(File.ReadAllText(Path.Combine(BundledNetwork.Directory, "scenarios", "saryagash-keles-40-pairs.json")));
        var applied = ScenarioOverlay.Apply(network, scenario!).Network!;
        var demand = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "peak-grain-congested"), network);

        var comparison = ScenarioEvaluator.Evaluate(network, applied, scenario!, demand.Problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(300), WorkLimit = 3_000 });

        Assert.True(comparison.Delta.TotalCostUsd < 0, $"the scenario changes the cost by {comparison.Delta.TotalCostUsd:N0} USD");
        Assert.True(comparison.Result.TotalCostUsd <= comparison.Baseline.TotalCostUsd);
        Assert.Contains(comparison.Crossings, c => c.CrossingId == "BCP-SARYAGASH-KELES-RAIL" && c.ScenarioUsed > c.BaselineCapacity);
    }
}
