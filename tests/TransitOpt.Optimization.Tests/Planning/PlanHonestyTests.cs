using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Tests.Planning;

/// <summary>What a plan tells an analyst: what one more unit of a full capacity is worth, why lots stay unserved, and the same answer every time.</summary>
public sealed class PlanHonestyTests
{
    private static readonly DateOnly Start = CorridorShipments.Start;
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void CongestedPeak_EveryFullResourceDayGetsAMarginalValue_AndSaryagashIsWorthMoreThanNothing()
    {
        // December's grain wave: Saryagash–Keles KZ→UZ is full (1,995 wagons a day) with 9,000 loaded wagons waiting,
        // each paying its hire, so one more wagon a day there saves money. The degenerate LP dual said $0.
        var demand = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "peak-grain-congested"), BundledNetwork.Network);
        var result = new Planner(BundledNetwork.Network).Plan(demand.Problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(300), WorkLimit = 3_000 });

        var full = result.Utilisation.Where(u => u.Capacity > 0 && u.Used >= MarginalValue.NearlyFull * u.Capacity).ToList();
        Assert.NotEmpty(full);
        Assert.Equal(Math.Min(full.Count, 40), result.MarginalValues.Length);
        var saryagash = result.MarginalValues.Where(v => v.ResourceId == "BCP-SARYAGASH-KELES-RAIL" && v.Used == v.Capacity).ToList();
        Assert.NotEmpty(saryagash);
        Assert.Contains(saryagash, v => v.SavingUsd > 0 && !v.ShipmentsMoved.IsEmpty);
        Assert.All(result.MarginalValues, v => Assert.True(v.SavingUsd >= 0));
    }

    [Fact]
    public void CongestedPeak_LeavesNoLotUnservedThatGreedySends()
    {
        // The LP's rounding gave the last room on a full crossing-day to a shipment that had another way, and left a lot
        // unserved that the greedy plan sends; the repair moves that shipment's lot and sends it.
        var demand = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "peak-grain-congested"), BundledNetwork.Network);
        var result = new Planner(BundledNetwork.Network).Plan(demand.Problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(120) });

        Assert.Equal(0, result.Baseline.UnservedQuantity);
        Assert.Equal(0, result.Kpis.UnservedQuantity);
        Assert.True(result.ObjectiveUsd < result.Baseline.ObjectiveUsd);
    }

    [Fact]
    public void SaturatedJunctions_MarginalValueIsAtLeastTheDualsPrice()
    {
        // The LP's objective is convex in a capacity: one more unit saves at least the dual of the unit after it and at most
        // the dual's price at this one; for a whole unit on a binding row with a positive dual the saving is positive.
        var result = new Planner(BundledNetwork.Network).Plan(
            new PlanProblem(CorridorShipments.GrainToDushanbe(4, 300), Start, 14), new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60) });

        var priced = result.Utilisation.Where(u => u.ShadowPriceUsd > 1 && u.Used == u.Capacity).ToList();
        Assert.NotEmpty(priced);
        Assert.All(priced, u =>
        {
            var value = Assert.Single(result.MarginalValues, v => v.ResourceId == u.ResourceId && v.Day == u.Day && v.Direction == u.Direction);
            Assert.True(value.SavingUsd > 0, $"{u.ResourceId} day {u.Day}: dual ${u.ShadowPriceUsd:N0}, re-solve ${value.SavingUsd:N0}");
            Assert.True(value.SavingUsd <= u.ShadowPriceUsd + 0.01, $"{u.ResourceId} day {u.Day}: re-solve ${value.SavingUsd:N2} above the dual ${u.ShadowPriceUsd:N2}");
        });
    }

    [Fact]
    public void UnservedLots_SayWhy()
    {
        var afterHorizon = new ShipmentRequest(
            "AFTER-HORIZON", BundledNetwork.Named("Kostanay"), BundledNetwork.Named("Khujand"), new Cargo(CargoKind.Bulk, 5, CargoUnit.Wagons),
            Start.AddDays(20), Start.AddDays(25), UnservedPenaltyUsd: 50_000);
        var cheap = new ShipmentRequest(
            "CHEAP-PENALTY", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Dushanbe"), new Cargo(CargoKind.Bulk, 4, CargoUnit.Wagons),
            Start, Start.AddDays(12), UnservedPenaltyUsd: 40);
        // Kulob unloads about 20 loaded wagons a day (EST-unloading): 300 wagons by rail leaving within two days cannot all
        // be unloaded in the days their routes can reach it, whatever the penalty.
        var crowded = Enumerable.Range(0, 2).Select(i => new ShipmentRequest(
            $"KULOB-{i}", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Kulob"), new Cargo(CargoKind.Bulk, 150, CargoUnit.Wagons),
            Start, Start.AddDays(6), UnservedPenaltyUsd: 150 * 20_000) { Commodity = Commodity.Grain }).ToList();

        var result = new Planner(BundledNetwork.Network).Plan(
            new PlanProblem([afterHorizon, cheap, .. crowded], Start, 2),
            new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), Modes = new HashSet<TransportMode> { TransportMode.Rail } });

        var byId = result.Shipments.ToDictionary(s => s.Id);
        Assert.Equal(UnservedReason.NoItinerary, byId["AFTER-HORIZON"].Unserved?.Reason);
        Assert.Equal(UnservedReason.PenaltyBelowCost, byId["CHEAP-PENALTY"].Unserved?.Reason);
        Assert.Contains("$10 a lot", byId["CHEAP-PENALTY"].Unserved!.Detail, StringComparison.Ordinal);
        var squeezed = result.Shipments.Where(s => s.Id.StartsWith("KULOB-", StringComparison.Ordinal) && s.UnservedLots > 0).ToList();
        Assert.NotEmpty(squeezed);
        Assert.All(squeezed, s => Assert.Equal(UnservedReason.Capacity, s.Unserved?.Reason));
        Assert.All(squeezed, s => Assert.Contains("TRM-KULOB", s.Unserved!.Detail, StringComparison.Ordinal));
        Assert.All(result.Shipments.Where(s => s.UnservedLots == 0), s => Assert.Null(s.Unserved));
    }

    [Fact]
    public void SameRequestTwice_GivesByteIdenticalPlans()
    {
        var shipments = CorridorShipments.GrainToDushanbe(3, 250).Concat(CorridorShipments.OnionsToAlmaty(4, 30)).ToList();
        var problem = new PlanProblem(shipments, Start, 14);

        var exact = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), TargetGap = 0 };
        var first = new Planner(BundledNetwork.Network).Plan(problem, exact);
        var second = new Planner(BundledNetwork.Network).Plan(problem, exact);

        Assert.True(first.Converged, "the instance must converge within its limit for the comparison to mean anything");
        Assert.Equal(Serialized(first), Serialized(second));
    }

    [Fact]
    public void WaitingToLeave_CostsTheWagonsHire()
    {
        // Ten grain wagons (hoppers, $30 a wagon-day in tariffs.json) ready on day 0: leaving on day 0 is cheaper than on day 3.
        var shipment = new ShipmentRequest(
            "HOPPERS", BundledNetwork.Named("Kostanay"), BundledNetwork.Named("Khujand"), new Cargo(CargoKind.Bulk, 10, CargoUnit.Wagons),
            Start, Start.AddDays(13)) { Commodity = Commodity.Grain };

        var result = new Planner(BundledNetwork.Network).Plan(new PlanProblem([shipment], Start, 14), new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60) });

        var assignment = Assert.Single(result.Shipments.Single().Assignments);
        Assert.Equal(0, assignment.DepartureDay);
    }

    [Fact]
    public void ShipmentModes_KeepEachShipmentOnItsOwnModes()
    {
        // The same grain, Kostanay to Khujand, twice: one may go by rail or road, the other only by road.
        var free = new ShipmentRequest(
            "ANY-MODE", BundledNetwork.Named("Kostanay"), BundledNetwork.Named("Khujand"), new Cargo(CargoKind.Bulk, 6, CargoUnit.Wagons),
            Start, Start.AddDays(13)) { Commodity = Commodity.Grain };
        var road = free with { Id = "ROAD-ONLY", Modes = new HashSet<TransportMode> { TransportMode.Road } };

        var result = new Planner(BundledNetwork.Network).Plan(new PlanProblem([free, road], Start, 14), new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60) });

        var byId = result.Shipments.ToDictionary(s => s.Id);
        Assert.All(byId["ROAD-ONLY"].Assignments, a => Assert.DoesNotContain("rail", a.Route.Summary, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(byId["ANY-MODE"].Assignments, a => a.Route.Summary.Contains("rail", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, byId["ROAD-ONLY"].UnservedLots);
    }

    [Fact]
    public void StartedFromAPlanOfTheSameProblem_IsNeverWorseThanIt()
    {
        // A scenario's plan starts from its baseline's. Here the second run may do 40 route searches, too few for the
        // greedy baseline to reach every shipment; started from the first run's plan it still returns a plan as good.
        var problem = new PlanProblem(CorridorShipments.GrainToDushanbe(3, 250).Concat(CorridorShipments.OnionsToAlmaty(4, 30)).ToList(), Start, 14);
        var planner = new Planner(BundledNetwork.Network);
        var full = planner.Plan(problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60) });
        var starved = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(60), WorkLimit = 40 };

        var alone = planner.Plan(problem, starved);
        var started = planner.Plan(problem, starved, CancellationToken.None, full);

        Assert.True(alone.ObjectiveUsd > full.ObjectiveUsd + 1, "the starved run alone must be worse for this test to mean anything");
        Assert.True(started.ObjectiveUsd <= full.ObjectiveUsd + 1e-6, $"started {started.ObjectiveUsd:N0} against {full.ObjectiveUsd:N0}");
    }

    private static string Serialized(PlanResult plan) => JsonSerializer.Serialize(plan with { SolveSeconds = 0, Baseline = plan.Baseline with { SolveSeconds = 0 } }, Json);
}
