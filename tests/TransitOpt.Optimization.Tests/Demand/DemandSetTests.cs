using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Tests.Demand;

public sealed class DemandSetTests
{
    [Theory]
    [InlineData("small-example", 14)]
    [InlineData("corridor-march-2weeks", 307)]
    [InlineData("peak-grain-congested", 1026)]
    [InlineData("scale-1000", 1000)]
    [InlineData("scale-5000", 5000)]
    [InlineData("season-20000", 20000)]
    public void Read_BundledSet_ShouldLoadAValidProblem(string name, int shipments)
    {
        var set = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, name), BundledNetwork.Network);

        Assert.Equal(name, set.Name);
        Assert.Equal(shipments, set.Problem.Shipments.Count);
        Assert.All(set.Problem.Shipments, s => Assert.True(s.Due >= s.Ready));
        Assert.False(string.IsNullOrWhiteSpace(set.Description));
    }

    [Fact]
    public void Read_CorridorSet_ShouldCarryTheMainFlowsBothWays()
    {
        var set = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "corridor-march-2weeks"), BundledNetwork.Network);
        var network = BundledNetwork.Network;

        // Southbound grain and oil products by rail, northbound fruit and vegetables by truck (research/costs-and-demand.md §5).
        Assert.Contains(set.Problem.Shipments, s => network.Place(s.Origin).Country.Value == "KZ" && network.Place(s.Destination).Country.Value == "TJ" && s.Cargo.Unit == CargoUnit.Wagons);
        Assert.Contains(set.Problem.Shipments, s => network.Place(s.Origin).Country.Value == "TJ" && network.Place(s.Destination).Country.Value == "KZ" && s.Cargo.Kind == CargoKind.Reefer);
        Assert.Contains(set.Problem.Shipments, s => s.Cargo.Kind == CargoKind.Hazardous);
    }

    [Fact]
    public void Read_Season20000_ShouldHoldAMarchMonthWithChinaTransitByRail()
    {
        var network = BundledNetwork.Network;
        var set = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "season-20000"), network);
        var shipments = set.Problem.Shipments;
        bool FromChinaByRail(ShipmentRequest s) => network.Place(s.Origin).Country.Value == "CN" && s.Modes is { Count: 1 } modes && modes.Contains(TransportMode.Rail);

        // Every origin and destination is a place of the network (Read refuses the set otherwise); 2-31 March 2026.
        Assert.Equal(20_000, shipments.Count);
        Assert.Equal((new DateOnly(2026, 3, 2), 30), (set.Problem.Start, set.Problem.HorizonDays));
        Assert.All(shipments, s => Assert.InRange(s.Due, s.Ready, set.Problem.Start.AddDays(29)));

        // China-Central Asia transit by rail through Dostyk-Alashankou and Altynkol-Khorgos, mostly containers and some
        // general cargo in wagons: 15-25 % of the set (SOURCES.md, EST-china-transit; 20.1 % drawn), from both
        // gateways, with loaded boxes going back to China.
        var fromChina = shipments.Where(FromChinaByRail).ToList();
        Assert.InRange((double)fromChina.Count / shipments.Count, 0.15, 0.25);
        Assert.True(fromChina.Count(s => s.Cargo.Unit == CargoUnit.Teu) > 0.8 * fromChina.Count);
        Assert.Contains(fromChina, s => s.Cargo.Kind == CargoKind.General);
        Assert.Contains(fromChina, s => s.Origin.Value == "CN-KHORGOS");
        Assert.Contains(fromChina, s => s.Origin.Value == "CN-ALASHANKOU");
        Assert.Contains(shipments, s => network.Place(s.Destination).Country.Value == "CN");
    }

    [Fact]
    public void Plan_SmallExample_ShouldServeEveryShipmentWithinCapacity()
    {
        var set = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "small-example"), BundledNetwork.Network);

        var result = new Planner(BundledNetwork.Network).Plan(set.Problem);

        Assert.Equal(0, result.Kpis.UnservedQuantity);
        Assert.All(result.Utilisation, u => Assert.True(u.Used <= u.Capacity));
        Assert.True(result.ObjectiveUsd <= result.Baseline.ObjectiveUsd + 1e-6);
    }
}
