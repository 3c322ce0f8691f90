using System.Text.Json.Nodes;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

/// <summary>Who may cross where, and the calendar, as the route search applies them on the tiny corridor.</summary>
public sealed class AdmissionAndCalendarRoutingTests
{
    private const string Oybek = "BCP-OYBEK-FOTEHOBOD-ROAD";
    private static readonly DateTimeOffset March3 = new(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void BilateralPost_ShouldRefuseAThirdCountryTruck_AndSayWhichRule()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["admission"] = "bilateral";
        var router = new Router(data.Load().Network!);

        var kazakh = router.Route(Query("KZ-SHYMKENT", "TJ-KHUJAND"));
        var tajik = router.Route(Query("KZ-SHYMKENT", "TJ-KHUJAND") with { VehicleRegistration = CountryCode.Tajikistan });

        Assert.Null(kazakh.Response);
        Assert.Equal(RouteProblemKind.NoRoute, kazakh.Problem!.Kind);
        Assert.Contains("registered in KZ", kazakh.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("bilateral: UZ and TJ vehicles only", kazakh.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(Oybek, Assert.Single(tajik.Response!.Routes[0].BorderCrossings, c => c.ToCountry == CountryCode.Tajikistan).Id.Value);
    }

    [Fact]
    public void BilateralPost_ShouldAdmitTrucksOfItsCountries_ByDefaultTheOrigins()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["admission"] = "bilateral";
        var router = new Router(data.Load().Network!);

        var uzbek = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND"));

        Assert.NotNull(uzbek.Response);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("emptyOnly")]
    public void LocalOrEmptyOnlyPost_ShouldCarryNoFreight_WhateverTheRegistration(string admission)
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["admission"] = admission;
        var router = new Router(data.Load().Network!);

        var outcome = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND") with { VehicleRegistration = CountryCode.Tajikistan });

        Assert.Null(outcome.Response);
        Assert.Contains("Oybek", outcome.Problem!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UnknownRegistration_ShouldBeAnInvalidQueryNamingTheField()
    {
        var router = new Router(new TinyCorridor().Load().Network!);

        var outcome = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND") with { VehicleRegistration = new CountryCode("XX") });

        Assert.Equal(RouteProblemKind.InvalidQuery, outcome.Problem!.Kind);
        Assert.Equal("vehicleRegistration", outcome.Problem.Field);
    }

    [Fact]
    public void HolidayOnTheDirectPost_ShouldBeRoutedAroundAndNamedWithItsSource()
    {
        var data = new TinyCorridor();
        var fastest = Query("UZ-TASHKENT", "TJ-KHUJAND") with { Modes = new HashSet<TransportMode> { TransportMode.Road, TransportMode.Rail }, Objective = RouteObjective.Time };
        Assert.Contains(new Router(data.Load().Network!).Route(fastest).Response!.Routes[0].BorderCrossings, c => c.Id.Value == Oybek);
        TinyCorridor.Feature(data.Crossings, Oybek)["closedPeriods"] = new JsonArray(
            new JsonObject { ["from"] = "2026-03-01", ["to"] = "2026-03-05", ["reason"] = "post closed for works", ["source"] = "TEST-S1" });
        var router = new Router(data.Load().Network!);

        var response = router.Route(fastest).Response!;

        Assert.DoesNotContain(response.Routes[0].BorderCrossings, c => c.Id.Value == Oybek);
        var closure = Assert.Single(response.ClosuresAvoided);
        Assert.Equal(Oybek, closure.Id);
        Assert.Equal(new DateOnly(2026, 3, 3), closure.Day);
        Assert.Equal("post closed for works (2026-03-01 to 2026-03-05; TEST-S1)", closure.Reason);
    }

    [Fact]
    public void ShortClosure_ShouldBeWaitedOut_AndTheWaitExplained()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["closedPeriods"] = new JsonArray(
            new JsonObject { ["from"] = "2026-03-03", ["to"] = "2026-03-04", ["reason"] = "public holiday", ["source"] = "TEST-S1" });
        var router = new Router(data.Load().Network!);

        var route = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND")).Response!.Routes[0];

        var passage = Assert.Single(route.BorderCrossings);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.FromHours(5)), passage.Arrival.AddHours(passage.WaitHours), TimeSpan.FromSeconds(1));
        Assert.Equal("closed on 2026-03-03: public holiday (2026-03-03 to 2026-03-04; TEST-S1)", passage.WaitReason);
    }

    [Fact]
    public void ClosureLongerThanAWeek_ShouldNotBeWaitedOut()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["closedPeriods"] = new JsonArray(
            new JsonObject { ["from"] = "2026-03-01", ["to"] = "2026-03-31", ["reason"] = "reconstruction", ["source"] = "TEST-S1" });
        var router = new Router(data.Load().Network!);

        var outcome = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND"));

        Assert.Null(outcome.Response);
        Assert.Contains("reconstruction", outcome.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoClosureOnTheWay_ShouldNameNone()
    {
        var router = new Router(new TinyCorridor().Load().Network!);

        var response = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND")).Response!;

        Assert.Empty(response.ClosuresAvoided);
    }

    [Fact]
    public void WinterSpeed_ShouldLengthenTheDriveInWinterOnly()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-TASHKENT-OYBEK")["winter"] = new JsonObject { ["months"] = new JsonArray(12, 1, 2), ["speedFactor"] = 0.5, ["source"] = "EST-winter" };
        var router = new Router(data.Load().Network!);
        var july = March3.AddMonths(4);
        var february = March3.AddDays(-14);

        var summer = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND") with { Departure = july, Alternatives = 1 }).Response!.Routes[0];
        var winter = router.Route(Query("UZ-TASHKENT", "TJ-KHUJAND") with { Departure = february, Alternatives = 1 }).Response!.Routes[0];

        // Tashkent–Oybek is 110 km at 50 km/h: 2.2 h, twice that at half speed.
        Assert.Equal(2.2, winter.DurationHours - summer.DurationHours, 6);
    }

    private static RouteQuery Query(string from, string to) => new()
    {
        Origin = new NodeId(from),
        Destination = new NodeId(to),
        Departure = March3,
        Modes = new HashSet<TransportMode> { TransportMode.Road },
    };
}
