using System.Text.Json.Nodes;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

public sealed class RouterTests
{
    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);

    [Fact]
    public void Route_ArrivingAfterTheBorderCloses_ShouldWaitUntilItOpens()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["hours"]!["open"] = "08:00";
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["hours"]!["close"] = "18:00";
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["delays"] = new JsonArray(new JsonObject
        {
            ["months"] = new JsonArray(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
            ["aToB"] = new JsonObject { ["p50"] = 2.4, ["p90"] = 6 },
            ["bToA"] = new JsonObject { ["p50"] = 4.7, ["p90"] = 9 },
            ["source"] = "TEST-S1",
        });
        var router = new Router(data.Load().Network!);

        // Tashkent–Oybek is 110 km at 50 km/h: leaving at 20:00 the truck reaches the post at 22:12.
        var route = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 20, 0, 0, Tashkent), TransportMode.Road)).Response!.Routes[0];

        var passage = Assert.Single(route.BorderCrossings);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 22, 12, 0, Tashkent), passage.Arrival);
        Assert.Equal(9.8, passage.WaitHours, 6);
        Assert.Equal(2.4, passage.DwellHours, 6);
        // Wait 9.8 h + dwell 2.4 h is a daily rest, so the driver goes on without stopping again.
        Assert.Equal(2.2 + 9.8 + 2.4 + (60.0 / 45), route.DurationHours, 6);
        Assert.Equal(route.Departure.AddHours(route.DurationHours), route.Arrival);
    }

    [Fact]
    public void Route_RailContainers_ShouldPriceEveryPartAndAddItUp()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var query = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent), TransportMode.Rail) with
        {
            Cargo = new Cargo(CargoKind.Container, 40, CargoUnit.Teu),
        };

        var route = router.Route(query).Response!.Routes[0];

        // 40 TEU = 20 wagons. KZ 120 km at $0.62, UZ 10 + 20 + 160 km at $1.13 (the crossing link is priced by its
        // from country), TJ side: the Bekabad–Khujand link is Uzbek-priced too (40 km at $1.13).
        Assert.Equal(20 * ((120 * 0.62) + ((10 * 0.62) + ((20 + 160 + 40) * 1.13))), route.Cost.TransportUsd, 6);
        Assert.Equal(20 * (50 + 50), route.Cost.BorderUsd, 6);
        Assert.Equal(0, route.Cost.HandlingUsd);
        Assert.Equal(RouteQuery.DefaultValueOfTimeUsdPerHour * route.DurationHours, route.Cost.TimeValueUsd, 6);
        Assert.Equal(route.Cost.TransportUsd + route.Cost.BorderUsd + route.Cost.TimeValueUsd, route.Cost.TotalUsd, 6);
        // CO2: 400 t (40 TEU at 10 t) × 350 km × 22 g/t-km.
        Assert.Equal(400 * 350 * 22 / 1000.0, route.Co2Kg, 6);
        var leg = Assert.Single(route.Legs);
        Assert.Equal(20, leg.Vehicles);
        Assert.Equal("Rail via BCP-SARYAGASH-KELES-RAIL and BCP-BEKABAD-KHUJAND-RAIL", route.Summary);
        Assert.True(route.SpeedKmh.WithDelay < route.SpeedKmh.WithoutDelay);
        Assert.Equal(350, route.DistanceKm, 6);
        Assert.Equal(350, route.TimeCostDistance[^1].Km, 6);
        Assert.Equal(route.Cost.TransportUsd + route.Cost.BorderUsd, route.TimeCostDistance[^1].Usd, 6);
        Assert.Equal(5, route.Geometry.NumGeometries);
    }

    [Fact]
    public void Route_Wagonload_ShouldSpendYardTimeThatABlockTrainDoesNot()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var wagonload = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent), TransportMode.Rail) with
        {
            Cargo = new Cargo(CargoKind.Bulk, 10, CargoUnit.Wagons),
        };
        var blockTrain = wagonload with { Cargo = new Cargo(CargoKind.Bulk, 50, CargoUnit.Wagons) };

        var slow = router.Route(wagonload).Response!.Routes[0];
        var fast = router.Route(blockTrain).Response!.Routes[0];

        // 350 rail km at 5.8 yard hours per 100 km.
        Assert.Equal(350 * 0.058, slow.DurationHours - fast.DurationHours, 6);
        Assert.Equal(slow.SpeedKmh.WithoutDelay, fast.SpeedKmh.WithoutDelay, 6);
    }

    [Fact]
    public void Route_OnAnHourGrid_ShouldHandEachRailLinkOnAtTheNextWholeHour()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var exact = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent), TransportMode.Rail) with
        {
            Cargo = new Cargo(CargoKind.Bulk, 10, CargoUnit.Wagons),
            Objective = RouteObjective.Cost,
        };

        var free = router.Route(exact).Response!.Routes[0];
        var grid = router.Route(exact with { TimeStep = TimeSpan.FromHours(1) }).Response!.Routes[0];

        var links = grid.Legs.Sum(l => l.Links.Length);
        Assert.Equal(free.Legs.SelectMany(l => l.Links), grid.Legs.SelectMany(l => l.Links));
        Assert.NotEqual(0, (free.Arrival - free.Departure).Ticks % TimeSpan.TicksPerHour);
        Assert.Equal(0, (grid.Arrival - grid.Departure).Ticks % TimeSpan.TicksPerHour);
        // Each rail link waits less than an hour for the next whole one, and waiting never saves money.
        Assert.InRange(grid.DurationHours - free.DurationHours, 1e-9, links);
        Assert.True(grid.Cost.MoneyUsd >= free.Cost.MoneyUsd - 1e-9, $"grid {grid.Cost.MoneyUsd}, exact {free.Cost.MoneyUsd}");
    }

    [Fact]
    public void Route_BothModes_ShouldOfferRoadAndRailAsAlternatives()
    {
        var router = new Router(new TinyCorridor().Load().Network!);

        var routes = router.Route(Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent))).Response!.Routes;

        Assert.True(routes.Length >= 2);
        Assert.Contains(routes, r => r.Modes.SequenceEqual([TransportMode.Road]));
        Assert.Contains(routes, r => r.Modes.SequenceEqual([TransportMode.Rail]));
        Assert.Equal(routes.OrderBy(r => r.ObjectiveValue).Select(r => r.Rank), routes.Select(r => r.Rank));
    }

    [Fact]
    public void Route_SeasonalClosure_ShouldLeaveNoRouteThatMonthAndSayWhy()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-TASHKENT-OYBEK")["closedMonths"] = new JsonArray(1, 2);
        TinyCorridor.Feature(data.Links, "ROAD-TASHKENT-OYBEK")["closureSource"] = "TEST-S1";
        var router = new Router(data.Load().Network!);

        var february = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 2, 10, 8, 0, 0, Tashkent), TransportMode.Road));
        var march = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 10, 8, 0, 0, Tashkent), TransportMode.Road));

        Assert.Equal(RouteProblemKind.NoRoute, february.Problem?.Kind);
        Assert.Contains("seasonal closures (Test road)", february.Problem!.Message, StringComparison.Ordinal);
        Assert.NotNull(march.Response);
    }

    [Fact]
    public void Route_EveryRailCrossingIntoTajikistanAvoided_ShouldSayWhichBorderIsShut()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var query = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent), TransportMode.Rail) with
        {
            AvoidCrossings = new HashSet<CrossingId> { new("BCP-BEKABAD-KHUJAND-RAIL") },
        };

        var outcome = router.Route(query);

        Assert.Equal(RouteProblemKind.NoRoute, outcome.Problem?.Kind);
        Assert.StartsWith("every TJ–UZ rail crossing is closed or avoided on 2026-03-03", outcome.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("BCP-BEKABAD-KHUJAND-RAIL: avoided", outcome.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_HazardousCargoBannedOnTheOnlyRoad_ShouldTakeRailOrSayWhy()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-OYBEK-KHUJAND")["bannedCargo"] = new JsonArray("hazardous");
        var router = new Router(data.Load().Network!);
        var hazardous = new Cargo(CargoKind.Hazardous, 1, CargoUnit.Trucks);
        var departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent);

        var byRoad = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", departure, TransportMode.Road) with { Cargo = hazardous });
        var byAny = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", departure) with { Cargo = hazardous });

        Assert.Contains("allows hazardous cargo", byRoad.Problem?.Message, StringComparison.Ordinal);
        Assert.All(byAny.Response!.Routes, r => Assert.DoesNotContain(r.Legs.SelectMany(l => l.Links), id => id.Value == "ROAD-OYBEK-KHUJAND"));
    }

    [Fact]
    public void Route_TruckHeavierThanTheRoadsLimit_ShouldNotUseTheRoad()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-OYBEK-KHUJAND")["maxGrossTonnes"] = 25;
        var router = new Router(data.Load().Network!);
        var departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent);

        // One full truck: 20 t payload + 15 t tare = 35 t > 25 t; two TEU of 10 t each fit in one truck too.
        var full = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", departure, TransportMode.Road) with { Cargo = new Cargo(CargoKind.General, 1, CargoUnit.Trucks) });
        var light = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND", departure, TransportMode.Road) with { Cargo = new Cargo(CargoKind.General, 8, CargoUnit.Tonnes) });

        Assert.Contains("trucks this heavy", full.Problem?.Message, StringComparison.Ordinal);
        Assert.NotNull(light.Response);
    }

    [Fact]
    public void Route_WithACongestedBorderDay_ShouldWaitForTheNextDayWhenThatIsCheaper()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var oybek = new ResourceRef(ResourceKind.Crossing, "BCP-OYBEK-FOTEHOBOD-ROAD", ResourceDirection.AToB);
        var surcharges = new ResourceSurcharges(new DateOnly(2026, 3, 3));
        surcharges.Set(oybek, 0, 5_000);
        var query = Query("UZ-TASHKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent), TransportMode.Road) with
        {
            Objective = RouteObjective.Cost,
            Alternatives = 1,
            Surcharges = surcharges,
        };

        var free = router.Route(query with { Surcharges = null }).Response!.Routes[0];
        var priced = router.Route(query).Response!.Routes[0];

        var use = Assert.Single(priced.ResourceUses, u => u.Resource == oybek);
        Assert.Equal(1, surcharges.DayOf(use.At));
        Assert.Equal(0, surcharges.DayOf(Assert.Single(free.ResourceUses, u => u.Resource == oybek).At));
        // The surcharge is a price for planning, not money spent: the route costs the same.
        Assert.Equal(free.Cost.TransportUsd + free.Cost.BorderUsd, priced.Cost.TransportUsd + priced.Cost.BorderUsd, 6);
        Assert.True(priced.BorderCrossings[0].WaitHours > 12);
    }

    [Theory]
    [InlineData("alternatives", 0)]
    [InlineData("alternatives", 6)]
    [InlineData("cargo.quantity", -1)]
    [InlineData("cargo.quantity", 1e9)]
    public void Route_OutOfRangeField_ShouldBeAnInvalidQueryNamingTheField(string field, double value)
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var query = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent));
        query = field == "alternatives"
            ? query with { Alternatives = (int)value }
            : query with { Cargo = query.Cargo with { Quantity = value } };

        var outcome = router.Route(query);

        Assert.Equal(RouteProblemKind.InvalidQuery, outcome.Problem?.Kind);
        Assert.Equal(field, outcome.Problem!.Field);
    }

    [Fact]
    public void Route_AvoidingTheOriginsCountry_ShouldBeAnInvalidQuery()
    {
        var router = new Router(new TinyCorridor().Load().Network!);
        var query = Query("KZ-SHYMKENT", "TJ-KHUJAND", new DateTimeOffset(2026, 3, 3, 8, 0, 0, Tashkent)) with
        {
            AvoidCountries = new HashSet<CountryCode> { new("KZ") },
        };

        var problem = router.Route(query).Problem!;

        Assert.Equal("avoidCountries", problem.Field);
        Assert.Contains("the origin is there", problem.Message, StringComparison.Ordinal);
    }

    private static RouteQuery Query(string from, string to, DateTimeOffset departure, params TransportMode[] modes) => new()
    {
        Origin = new NodeId(from),
        Destination = new NodeId(to),
        Departure = departure,
        Modes = modes.Length == 0 ? new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road } : modes.ToHashSet(),
    };
}
