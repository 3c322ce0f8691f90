using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>
/// Times and costs a railway planner signs, against published figures (or reasoned ranges where nothing is published;
/// the reasoning is under the named keys in data/SOURCES.md).
/// </summary>
[Trait("Category", "BundledData")]
public sealed class TimesAndCostsTests
{
    private static readonly DateTimeOffset May5 = new(2026, 5, 5, 8, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset November10 = new(2026, 11, 10, 8, 0, 0, TimeSpan.FromHours(5));
    private static TransitNetwork Network => Scaffolding.BundledData.Network;

    [Fact]
    public void GrainBlockTrainKostanayToDushanbe_ShouldTakeAWeekOrMore_AndLongerInTheGrainSeason()
    {
        var may = Rail("Kostanay", "Dushanbe", Commodity.Grain, 54, May5);
        var november = Rail("Kostanay", "Dushanbe", Commodity.Grain, 54, November10);

        // No published transit time exists (TD research); reasoned: 2,300 km in KZ at 600 km/day, UZ 930 km at
        // 350 km/day, borders and interchanges: P50 8 days (6–10) off-peak, 12 days (9–20) October–January
        // (EST-block-speed, EST-delay-season). The record Xi'an→Tashkent container train ran 900 km/day (TD-S17); a
        // heavy grain train cannot do 1,100 km/day door to door.
        Assert.InRange(may.DurationHours / 24, 6, 10);
        Assert.InRange(november.DurationHours / 24, 9, 20);
        Assert.True(may.DistanceKm / (may.DurationHours / 24) < 500);
    }

    [Fact]
    public void AluminaBlockTrainPavlodarToTursunzoda_ShouldTakeFiveAndAHalfToNineDaysOffPeak()
    {
        var route = Rail("Pavlodar", "Tursunzoda", Commodity.Alumina, 54, May5);

        // 2,050 km to Saryagash at 600 km/day, 900 km in UZ at 350 km/day, Kudukli interchange (EST-block-speed).
        Assert.InRange(route.DurationHours / 24, 5.5, 9);
        // All-in about $71/t ($50–110, EST-tariff-class, EST-wagon): tariff, wagons and borders per tonne.
        Assert.InRange(route.Cost.MoneyUsd / (54 * 65), 50, 110);
    }

    [Fact]
    public void TankOfGasolineSaryagashToKhujand_ShouldCostThePublishedThroughRateScaledToToday()
    {
        var route = Rail("Saryagash", "Khujand", Commodity.OilProducts, 1, May5);

        // $58.94/t through rate from 5 Apr 2018 (TAR-R4; COST-S13) = Uzbek oil fee $25/t (TAR-R5) + Tajik Sughd
        // $33.94/t, scaled to 2026 (×1.2 and ×1.1): $67/t; the test allows the 25 %.
        var perTonne = route.Cost.TransportUsd / 60;
        Assert.InRange(perTonne, 67 * 0.75, 67 * 1.25);
    }

    [Fact]
    public void GrainWagonToDushanbe_ShouldCostTheAllInRangeIncludingTheWagon()
    {
        var route = Rail("Kostanay", "Dushanbe", Commodity.Grain, 1, May5);

        // Worked example (costs-and-demand §1.4; TAR research §5.2): ≈ $50–65/t in 2025, $50–100/t in 2026 all-in,
        // of which the wagon (≈ 26 days × $25–40) is $9–15/t.
        Assert.InRange(route.Cost.MoneyUsd / 68, 50, 100);
        Assert.InRange(route.Cost.WagonUsd / 68, 8, 30);
    }

    [Fact]
    public void SaryagashInNovember_ShouldPutMoreHoursAtRiskThanInMay()
    {
        var may = Rail("Almaty", "Dushanbe", Commodity.Grain, 54, May5);
        var november = Rail("Almaty", "Dushanbe", Commodity.Grain, 54, November10);

        var atRisk = (Route r) => r.BorderCrossings.Single(c => c.Id.Value == "BCP-SARYAGASH-KELES-RAIL").Delay.HoursAtRisk;
        // Oct–Jan queues of 5–6 days (TD-S3, TD-S4) against little queue in summer (TD-S6).
        Assert.True(atRisk(november) > 2 * atRisk(may), $"November {atRisk(november)} h, May {atRisk(may)} h");
        Assert.True(november.ArrivalP90 - november.ArrivalP50 > may.ArrivalP90 - may.ArrivalP50);
    }

    [Fact]
    public void TruckAlmatyToDushanbe_ShouldCostTheMarketRate()
    {
        var route = new Router(Network).Route(Query("Almaty", "Dushanbe", TransportMode.Road, new Cargo(CargoKind.General, 1, CargoUnit.Trucks), May5)).Response!.Routes[0];

        // 20 t FTL Almaty→Dushanbe: $2,200–3,500 (costs-and-demand §2.2 market sense-check; TD research: line-haul
        // netted of border costs, CPMM border costs on the crossings, a quarter of the empty return).
        Assert.InRange(route.Cost.MoneyUsd, 2_200, 3_500);
    }

    [Fact]
    public void UzbekTransitDiscount_ShouldApplyOnlyToTajikCargo()
    {
        var link = Network.Links.Select((l, i) => (l, i)).Single(x => x.l.Id.Value == "RAIL-TASHKENT-SYRDARYA").i;
        var toTajikistan = new QueryTariff(Network.Graph, Query("Kostanay", "Dushanbe", TransportMode.Rail, new Cargo(CargoKind.Bulk, 1, CargoUnit.Wagons), May5));
        var toUzbekistan = new QueryTariff(Network.Graph, Query("Kostanay", "Samarkand", TransportMode.Rail, new Cargo(CargoKind.Bulk, 1, CargoUnit.Wagons), May5));

        // 0.60 for TJ cargo on Keles–Kudukli (TAR-R14); Uzbek import at the list rate raised in 2024 (TAR-R11).
        Assert.Equal(new CountryCode("TJ"), toTajikistan.Row(link)!.OdCountry);
        Assert.True(toUzbekistan.UsdPerVehicleKm(link) > 1.5 * toTajikistan.UsdPerVehicleKm(link));
    }

    [Theory]
    [InlineData("Kostanay", "Dushanbe", "rail")]
    [InlineData("Saryagash", "Khujand", "rail")]
    [InlineData("Almaty", "Khorog", "road")]
    [InlineData("Almaty", "Dushanbe", "rail,road")]
    public void Explanations_ShouldAddUpToTheRoutesMoneyAndTime(string from, string to, string modes)
    {
        var query = Query(from, to, TransportMode.Rail, new Cargo(CargoKind.Bulk, 3, CargoUnit.Wagons), November10) with
        {
            Modes = modes.Split(',').Select(m => Enum.Parse<TransportMode>(m, ignoreCase: true)).ToHashSet(),
            Alternatives = 3,
        };

        var routes = new Router(Network).Route(query).Response!.Routes;

        Assert.All(routes, route =>
        {
            Assert.Equal(route.Cost.MoneyUsd, route.CostLines.Sum(l => l.Usd), 3);
            Assert.All(route.CostLines, l => Assert.Equal(l.Usd, l.Quantity * l.UsdPerUnit, 3));
            Assert.All(route.Legs, leg => Assert.Equal((leg.Arrival - leg.Departure).TotalHours, leg.Hours.Moving + leg.Hours.Stops + leg.Hours.Border, 3));
            var legHours = route.Legs.Sum(l => (l.Arrival - l.Departure).TotalHours) + route.Transshipments.Sum(t => t.Hours);
            Assert.Equal(route.DurationHours, legHours, 3);
        });
    }

    private static Route Rail(string from, string to, Commodity commodity, int wagons, DateTimeOffset departure)
    {
        var query = Query(from, to, TransportMode.Rail, new Cargo(commodity == Commodity.OilProducts ? CargoKind.Hazardous : CargoKind.Bulk, wagons, CargoUnit.Wagons), departure) with { Commodity = commodity };
        var outcome = new Router(Network).Route(query);
        return outcome.Response?.Routes[0] ?? throw new Xunit.Sdk.XunitException(outcome.Problem!.Message);
    }

    private static RouteQuery Query(string from, string to, TransportMode mode, Cargo cargo, DateTimeOffset departure) => new()
    {
        Origin = Network.FindPlaces(from).Single().Id,
        Destination = Network.FindPlaces(to).Single().Id,
        Departure = departure,
        Modes = ImmutableHashSet.Create(mode),
        Cargo = cargo,
        Objective = RouteObjective.Cost,
        Alternatives = 1,
    };
}
