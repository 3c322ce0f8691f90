using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Tests.Planning;

public sealed class PlannerTests
{
    private static readonly DateOnly Start = CorridorShipments.Start;

    [Fact]
    public void Plan_GrainBeyondTheTajikBorderCapacity_ShouldRespectEveryCapacityAndPriceTheBindingOne()
    {
        var result = Plan(CorridorShipments.GrainToDushanbe(4, 300));

        Assert.All(result.Utilisation, u => Assert.True(u.Used <= u.Capacity, $"{u.ResourceId} day {u.Day}: {u.Used} > {u.Capacity}"));
        Assert.Contains(result.Utilisation, u => u.ShadowPriceUsd > 0 && u.Used == u.Capacity);
        Assert.All(result.Shipments, s => Assert.Equal(s.Lots, s.Assignments.Sum(a => a.Lots) + s.UnservedLots));
        Assert.All(result.Shipments.SelectMany(s => s.Assignments), a => Assert.True(a.DepartureDay >= 0));
        // 1,200 wagons cannot all pass the 684-a-day Uzbek–Tajik rail junctions on the same day: some arrive later.
        Assert.True(result.Shipments.SelectMany(s => s.Assignments).Select(a => a.ArrivalDay).Distinct().Count() > 1);
    }

    [Fact]
    public void Plan_GrainBeyondKulobsUnloadingCapacity_ShouldSpreadTheArrivalsOverDays()
    {
        // Kulob receives about 20 loaded wagons a day (EST-unloading): 60 wagons ready together cannot all arrive at once.
        var shipments = Enumerable.Range(1, 3).Select(i => new ShipmentRequest(
            $"KULOB-{i}", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Kulob"), new Cargo(CargoKind.Bulk, 20, CargoUnit.Wagons),
            Start, Start.AddDays(13)) { Commodity = Commodity.Grain }).ToList();

        var result = Plan(shipments);

        var unloading = result.Utilisation.Where(u => u.Kind == Network.Routing.ResourceKind.Unloading && u.ResourceId == "TRM-KULOB").ToList();
        Assert.All(unloading, u => Assert.True(u.Used <= 20, $"day {u.Day}: {u.Used} wagons unloaded"));
        Assert.Equal(60, unloading.Sum(u => u.Used));
        Assert.True(unloading.Count(u => u.Used > 0) >= 3);
    }

    [Fact]
    public void Plan_ShouldNeverCostMoreThanTheGreedyBaseline()
    {
        var result = Plan(CorridorShipments.GrainToDushanbe(4, 300).Concat(CorridorShipments.OnionsToAlmaty(6, 40)).ToList());

        Assert.True(result.ObjectiveUsd <= result.Baseline.ObjectiveUsd + 1e-6);
        Assert.True(result.BoundUsd <= result.ObjectiveUsd + 1e-6);
        Assert.InRange(result.Gap, 0, 1);
        Assert.Equal("greedy", result.Baseline.Method);
    }

    [Fact]
    public void Plan_SameInputTwice_ShouldGiveTheSamePlan()
    {
        var shipments = CorridorShipments.GrainToDushanbe(3, 250).Concat(CorridorShipments.OnionsToAlmaty(4, 30)).ToList();

        var first = Plan(shipments);
        var second = Plan(shipments);

        Assert.Equal(first.ObjectiveUsd, second.ObjectiveUsd, 6);
        Assert.Equal(
            first.Shipments.SelectMany(s => s.Assignments.Select(a => (s.Id, a.Lots, a.DepartureDay, a.Route.Summary))),
            second.Shipments.SelectMany(s => s.Assignments.Select(a => (s.Id, a.Lots, a.DepartureDay, a.Route.Summary))));
    }

    [Fact]
    public void Plan_ShipmentReadyAfterTheHorizon_ShouldBeUnservedAtItsPenalty()
    {
        var late = new ShipmentRequest(
            "LATE", BundledNetwork.Named("Kostanay"), BundledNetwork.Named("Khujand"), new Cargo(CargoKind.Bulk, 5, CargoUnit.Wagons),
            Start.AddDays(20), Start.AddDays(25), UnservedPenaltyUsd: 50_000);

        var result = Plan([late, .. CorridorShipments.OnionsToAlmaty(1, 2)]);

        var plan = result.Shipments.Single(s => s.Id == "LATE");
        Assert.Equal(5, plan.UnservedLots);
        Assert.Equal(5, plan.UnservedQuantity);
        Assert.Empty(plan.Assignments);
        Assert.True(result.ObjectiveUsd >= 50_000);
    }

    [Fact]
    public void Plan_WithAVeryShortTimeLimit_ShouldStillReturnAValidPlanWithItsStatus()
    {
        var result = new Planner(BundledNetwork.Network).Plan(
            new PlanProblem(CorridorShipments.GrainToDushanbe(4, 300), Start, 14),
            new PlanOptions { TimeLimit = TimeSpan.FromMilliseconds(1) });

        Assert.NotEqual(PlanStatus.Optimal, result.Status);
        Assert.All(result.Shipments, s => Assert.Equal(s.Lots, s.Assignments.Sum(a => a.Lots) + s.UnservedLots));
        Assert.All(result.Utilisation, u => Assert.True(u.Used <= u.Capacity));
    }

    [Fact]
    public void Plan_Cancelled_ShouldStop()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new Planner(BundledNetwork.Network).Plan(new PlanProblem(CorridorShipments.GrainToDushanbe(2, 10), Start, 14), null, cancelled.Token));
    }

    [Fact]
    public void Plan_DueBeforeReady_ShouldNameTheShipmentAndField()
    {
        var bad = new ShipmentRequest("BAD-1", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Dushanbe"), new Cargo(CargoKind.Bulk, 5, CargoUnit.Wagons), Start.AddDays(5), Start.AddDays(2));

        var exception = Assert.Throws<PlanProblemException>(() => Plan([bad]));

        Assert.Equal("shipments[0].due", exception.Field);
        Assert.Contains("BAD-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnderAWorkLimit_ShouldStopOnItAndGiveTheSamePlanEveryTime()
    {
        string[] origins = ["Almaty", "Kostanay", "Shymkent", "Astana"];
        string[] destinations = ["Dushanbe", "Khujand", "Kulob"];
        var shipments = Enumerable.Range(0, 24).Select(i => new ShipmentRequest(
            $"S-{i}", BundledNetwork.Named(origins[i % 4]), BundledNetwork.Named(destinations[i % 3]),
            new Cargo(CargoKind.Bulk, 10 + (i % 7) * 5, CargoUnit.Wagons), Start.AddDays(i % 5), Start.AddDays(9 + (i % 5)))).ToList();
        var problem = new PlanProblem(shipments, Start, 14);
        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(120), WorkLimit = 150 };

        var first = new Planner(BundledNetwork.Network).Plan(problem, options);
        var second = new Planner(BundledNetwork.Network).Plan(problem, options);
        var free = new Planner(BundledNetwork.Network).Plan(problem, options with { WorkLimit = null });

        // The limit bound (the unlimited run went further), and both limited runs made the very same plan.
        Assert.False(first.Converged);
        Assert.True(free.Columns > first.Columns, $"unlimited {free.Columns} columns, limited {first.Columns}");
        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.ObjectiveUsd, second.ObjectiveUsd);
        Assert.Equal(first.Iterations, second.Iterations);

        // Stopped early, the plan still reports a proven bound: never above the LP optimum of the converged run.
        Assert.True(free.Converged);
        Assert.True(first.BoundUsd <= free.BoundUsd + 1e-6, $"bound {first.BoundUsd:N0} above the LP optimum {free.BoundUsd:N0}");
        Assert.Contains("Lagrangian", first.BoundKind, StringComparison.Ordinal);
    }

    private static string Fingerprint(PlanResult plan) => string.Join(
        "\n",
        plan.Shipments.SelectMany(s => s.Assignments.Select(a => $"{s.Id} {a.Lots} {a.DepartureDay} {a.ArrivalDay} {a.Route.Summary}")));

    private static PlanResult Plan(IReadOnlyList<ShipmentRequest> shipments) =>
        new Planner(BundledNetwork.Network).Plan(new PlanProblem(shipments, Start, 14), new PlanOptions { TimeLimit = TimeSpan.FromSeconds(30) });
}
