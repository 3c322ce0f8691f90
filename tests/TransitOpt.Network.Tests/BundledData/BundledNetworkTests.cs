using TransitOpt.Network.Graph;
using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>The bundled corridor data: it loads, it is the size of a real network, and it is connected the way the region is.</summary>
[Trait("Category", "BundledData")]
public sealed class BundledNetworkTests
{
    private static readonly TransportMode[] Both = [TransportMode.Rail, TransportMode.Road];
    private static readonly TransportMode[] Rail = [TransportMode.Rail];
    private static TransitNetwork Network => Scaffolding.BundledData.Network;

    [Fact]
    public void Load_BundledData_ShouldHaveNoErrors()
    {
        var result = NetworkLoader.Load(Scaffolding.BundledData.Directory);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Network_ShouldBeARealNetworkNotASketch()
    {
        Assert.True(Network.Places.Length >= 200, $"{Network.Places.Length} places");
        Assert.True(Network.Links.Length >= 300, $"{Network.Links.Length} links");
        Assert.Contains(Network.Links, l => l.Mode == TransportMode.Rail && l.Status.CarriesFreight());
        Assert.Contains(Network.Links, l => l.Mode == TransportMode.Road && l.Status.CarriesFreight());
        Assert.Contains(Network.Links, l => l.Status is InfrastructureStatus.Planned or InfrastructureStatus.UnderConstruction);
    }

    [Fact]
    public void EveryKazakhPlace_ShouldReachEveryTajikPlace()
    {
        var search = Network.Graph.CreateSearch();
        var tajik = Network.Places.Where(p => p.Country == CountryCode.Tajikistan).Select(p => p.Id).ToList();

        foreach (var kazakh in Network.Places.Where(p => p.Country == CountryCode.Kazakhstan))
        {
            var reached = search.Reachable(kazakh.Id, Both);
            var missing = tajik.Where(t => !reached.Contains(t)).ToList();
            Assert.True(missing.Count == 0, $"{kazakh.Id} does not reach {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void NoLink_ShouldJoinKazakhstanToTajikistan()
    {
        var kazakhTajik = new HashSet<CountryCode> { CountryCode.Kazakhstan, CountryCode.Tajikistan };

        Assert.DoesNotContain(Network.Links, l => kazakhTajik.SetEquals([Network.Place(l.From).Country, Network.Place(l.To).Country]));
        Assert.DoesNotContain(Network.Crossings, c => kazakhTajik.SetEquals([c.SideA.Country, c.SideB.Country]));
    }

    [Theory]
    [InlineData("KZ", "UZ", "rail")]
    [InlineData("KZ", "UZ", "road")]
    [InlineData("KZ", "KG", "rail")]
    [InlineData("KZ", "KG", "road")]
    [InlineData("UZ", "KG", "rail")]
    [InlineData("UZ", "KG", "road")]
    [InlineData("UZ", "TJ", "rail")]
    [InlineData("UZ", "TJ", "road")]
    [InlineData("KG", "TJ", "road")]
    [InlineData("TJ", "AF", "road")]
    [InlineData("UZ", "AF", "rail")]
    [InlineData("UZ", "AF", "road")]
    [InlineData("KZ", "CN", "rail")]
    [InlineData("KZ", "CN", "road")]
    [InlineData("KG", "CN", "road")]
    [InlineData("TJ", "CN", "road")]
    [InlineData("KZ", "RU", "rail")]
    [InlineData("KZ", "RU", "road")]
    [InlineData("KZ", "TM", "rail")]
    [InlineData("KZ", "TM", "road")]
    [InlineData("UZ", "TM", "rail")]
    [InlineData("UZ", "TM", "road")]
    public void EveryCorridorBorder_ShouldHaveAFreightCrossing(string a, string b, string mode)
    {
        var crossings = Network.Crossings.Where(c => c.Joins(new CountryCode(a), new CountryCode(b)) && Vocabulary(c.Mode) == mode).ToList();

        Assert.NotEmpty(crossings);
        Assert.Contains(crossings, c => c.Status.CarriesFreight());
    }

    [Fact]
    public void UzbekTajikRailJunctions_ShouldAllBeThere()
    {
        // Bekabad–Khujand (Sughd line west end), Kanibadam (to Kokand), Kudukli–Pakhtaobod (Dushanbe gateway),
        // Amuzang–Khoshadi (Khatlon gateway, reopened 2018): research/infrastructure.md §1b [S24][S25].
        var sides = Network.Crossings
            .Where(c => c.Mode == TransportMode.Rail && c.Joins(new CountryCode("UZ"), CountryCode.Tajikistan))
            .SelectMany(c => new[] { Network.Place(c.SideA.Place).Name, Network.Place(c.SideB.Place).Name })
            .ToHashSet();

        Assert.Superset(new HashSet<string> { "Kudukli", "Pakhtaobod", "Amuzang", "Khoshadi", "Bekabad", "Kanibadam" }, sides);
    }

    [Fact]
    public void ChineseRailCrossings_ShouldBreakGauge()
    {
        var chinese = Network.Crossings.Where(c => c.Mode == TransportMode.Rail && c.Joins(CountryCode.Kazakhstan, new CountryCode("CN")) && c.Status.CarriesFreight()).ToList();

        Assert.True(chinese.Count >= 2, "Dostyk–Alashankou and Altynkol–Khorgos");
        Assert.All(chinese, c => Assert.True(c.GaugeChange, $"{c.Name} must break gauge (1520/1435 mm)"));
    }

    [Fact]
    public void CustomsRegime_ShouldFollowTheEaeu()
    {
        Assert.All(Network.Crossings.Where(c => c.Joins(CountryCode.Kazakhstan, new CountryCode("KG"))), c => Assert.Equal(CustomsRegime.EaeuInternal, c.Customs));
        Assert.All(Network.Crossings.Where(c => c.Joins(CountryCode.Kazakhstan, new CountryCode("UZ"))), c => Assert.Equal(CustomsRegime.Full, c.Customs));
        Assert.All(Network.Crossings.Where(c => c.Joins(new CountryCode("KG"), CountryCode.Tajikistan)), c => Assert.Equal(CustomsRegime.Full, c.Customs));
    }

    [Fact]
    public void TajikRail_ShouldBeThreePieces_NorthOnlyThroughUzbekistan()
    {
        var search = Network.Graph.CreateSearch();

        // Khujand (Sughd) reaches Dushanbe by rail only through Uzbekistan (research/rail-lines.md §2.2).
        var north = search.Find(Named("Khujand"), Named("Dushanbe"), Rail, PathMetric.Distance)!;
        // Dushanbe–Vahdat–Yovon–Bokhtar–Kulob stays in Tajikistan since 2016 (Vahdat–Yovon, [S28]).
        var south = search.Find(Named("Dushanbe"), Named("Kulob"), Rail, PathMetric.Distance)!;

        Assert.Contains(new CountryCode("UZ"), north.Countries(Network));
        Assert.Equal([CountryCode.Tajikistan], south.Countries(Network));
    }

    private static NodeId Named(string name) => Scaffolding.BundledData.Named(name).Id;

    private static string Vocabulary(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";
}
