using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>Planners' questions on the bundled corridor, answered the way the region works.</summary>
[Trait("Category", "BundledData")]
public sealed class CorridorRouteTests
{
    private static readonly DateTimeOffset March3 = new(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5));
    private static readonly CountryCode Uzbekistan = new("UZ");
    private static readonly CountryCode Kyrgyzstan = new("KG");
    private static TransitNetwork Network => Scaffolding.BundledData.Network;

    [Fact]
    public void AlmatyToDushanbeByRail_ShouldCrossUzbekistan()
    {
        var routes = Route("Almaty", "Dushanbe", TransportMode.Rail).Response!.Routes;

        Assert.All(routes, route =>
        {
            Assert.Equal((CountryCode.Kazakhstan, Uzbekistan), (route.BorderCrossings[0].FromCountry, route.BorderCrossings[0].ToCountry));
            Assert.Equal((Uzbekistan, CountryCode.Tajikistan), (route.BorderCrossings[^1].FromCountry, route.BorderCrossings[^1].ToCountry));
            Assert.All(route.Legs, l => Assert.Equal(TransportMode.Rail, l.Mode));
        });
        Assert.Contains("Kudukli–Pakhtaobod", routes[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AlmatyToDushanbeAvoidingUzbekistan_ShouldGoByRoadThroughKyrgyzstan()
    {
        var outcome = Route("Almaty", "Dushanbe", TransportMode.Road, q => q with { AvoidCountries = new HashSet<CountryCode> { Uzbekistan } });

        Assert.All(outcome.Response!.Routes, route =>
        {
            Assert.Equal([(CountryCode.Kazakhstan, Kyrgyzstan), (Kyrgyzstan, CountryCode.Tajikistan)], route.BorderCrossings.Select(c => (c.FromCountry, c.ToCountry)));
            Assert.DoesNotContain(route.Legs.SelectMany(l => new[] { l.From, l.To }), p => Network.Place(p).Country == Uzbekistan);
        });
    }

    [Fact]
    public void RailToDushanbeWithEveryUzbekTajikCrossingAvoided_ShouldHaveNoRouteAndSayWhy()
    {
        var uzbekTajik = Network.Crossings.Where(c => c.Joins(Uzbekistan, CountryCode.Tajikistan)).Select(c => c.Id).ToHashSet();

        var outcome = Route("Almaty", "Dushanbe", TransportMode.Rail, q => q with { AvoidCrossings = uzbekTajik });

        Assert.Null(outcome.Response);
        Assert.Equal(RouteProblemKind.NoRoute, outcome.Problem!.Kind);
        Assert.StartsWith("every TJ–UZ rail crossing is closed or avoided on 2026-03-03", outcome.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("Kudukli–Pakhtaobod: avoided", outcome.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OshToDushanbeAtAnyHour_ShouldWaitForTheKyrgyzTajikPostToOpen()
    {
        var waits = 0;
        for (var hour = 0; hour < 24; hour += 2)
        {
            var outcome = Route("Osh", "Dushanbe", TransportMode.Road, q => q with { Departure = March3.AddHours(hour), Alternatives = 1 });
            foreach (var passage in outcome.Response!.Routes[0].BorderCrossings)
            {
                var hours = Network.Crossing(passage.Id).Hours;
                Assert.Equal(hours.NextOpen(passage.Arrival), passage.Arrival.AddHours(passage.WaitHours), TimeSpan.FromSeconds(1));
                if (passage.WaitHours > 0)
                {
                    waits++;
                    var local = passage.Arrival.ToOffset(hours.UtcOffset).TimeOfDay.TotalMinutes;
                    Assert.True(local < hours.OpenMinute || local >= hours.CloseMinute || !hours.Days.Contains(passage.Arrival.ToOffset(hours.UtcOffset).DayOfWeek));
                }
            }
        }

        Assert.True(waits > 0, "the daytime-only Kyrgyz–Tajik posts must make some departures wait");
    }

    [Fact]
    public void AlmatyToTashkentByTruck_ShouldTakeADailyRestNotRunThroughTheNight()
    {
        var route = Route("Almaty", "Tashkent", TransportMode.Road).Response!.Routes[0];
        var movingHours = route.DistanceKm / route.SpeedKmh.WithoutDelay;

        // About 820 km at up to 70 km/h is more than nine hours at the wheel: AETR requires an 11 h rest.
        Assert.True(movingHours > DrivingRules.MaxDailyDrivingHours);
        Assert.True(route.DurationHours >= movingHours + DrivingRules.BreakHours + DrivingRules.DailyRestHours - 1e-6, $"{route.DurationHours:F1} h");
    }

    [Fact]
    public void KostanayToDushanbe40Containers_ShouldOfferGenuinelyDifferentRoutes()
    {
        var routes = Route("Kostanay", "Dushanbe", null, q => q with { Cargo = new Cargo(CargoKind.Container, 40, CargoUnit.Teu) }).Response!.Routes;

        Assert.Equal(3, routes.Length);
        Assert.Equal(3, routes.Select(r => string.Join(">", r.BorderCrossings.Select(c => c.Id)) + string.Join(">", r.Legs.Select(l => l.Mode))).Distinct().Count());
        Assert.All(routes, r => Assert.Equal(Scaffolding.BundledData.Named("Dushanbe").Id, r.Legs[^1].To));
        Assert.Equal(routes.OrderBy(r => r.ObjectiveValue), routes);
    }

    [Fact]
    public void UrumqiToAlmatyByRail_ShouldBreakGaugeAtTheChineseBorderAndPayForIt()
    {
        var route = Route("Urumqi", "Almaty", TransportMode.Rail, q => q with { Alternatives = 1 }).Response!.Routes[0];

        var crossing = Network.Crossing(Assert.Single(route.BorderCrossings).Id);
        Assert.True(crossing.GaugeChange);
        var gaugeTerminal = Network.Terminals.Single(t => t.GaugeChange && (t.Place == crossing.SideA.Place || t.Place == crossing.SideB.Place));
        Assert.Equal(gaugeTerminal.HandlingUsdPerVehicle * route.Legs[0].Vehicles, route.Cost.HandlingUsd, 6);
        Assert.Empty(route.Transshipments);
    }

    [Fact]
    public void KashgarToMurghabInWinter_ShouldWaitForKulmasWinterCalendarOrGoRound()
    {
        var january = Route("Kashgar", "Murghab", TransportMode.Road, q => q with { Departure = new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.FromHours(8)), Alternatives = 2 });
        var july = Route("Kashgar", "Murghab", TransportMode.Road, q => q with { Departure = new DateTimeOffset(2026, 7, 13, 8, 0, 0, TimeSpan.FromHours(8)), Alternatives = 1 });

        // Kulma (TJ–CN, 4,362 m) works all year since 2012, in winter only on a few days a month (CAL-S1–S4): in January
        // a truck either waits for the next open day, and is told why, or goes round by Irkeshtam.
        var kulma = january.Response!.Routes.SelectMany(r => r.BorderCrossings).Single(c => c.Id.Value == "BCP-KULMA-KALASU-ROAD");
        Assert.True(kulma.WaitHours > 24);
        Assert.Contains("Kulma winter calendar", kulma.WaitReason, StringComparison.Ordinal);
        Assert.Contains(january.Response.Routes, r => r.BorderCrossings.Any(c => c.Id.Value == "BCP-IRKESHTAM-ROAD"));
        var summer = Assert.Single(july.Response!.Routes[0].BorderCrossings);
        Assert.Equal("BCP-KULMA-KALASU-ROAD", summer.Id.Value);
        Assert.True(summer.WaitHours < 72);
    }

    private static RouteOutcome Route(string from, string to, TransportMode? mode, Func<RouteQuery, RouteQuery>? adjust = null)
    {
        var query = new RouteQuery
        {
            Origin = Scaffolding.BundledData.Named(from).Id,
            Destination = Scaffolding.BundledData.Named(to).Id,
            Departure = March3,
            Modes = mode is { } m ? new HashSet<TransportMode> { m } : new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road },
        };
        return new Router(Network).Route(adjust is null ? query : adjust(query));
    }
}
