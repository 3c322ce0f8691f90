using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>
/// Shortest network distances between places against published rail and road distances: within 10 %. Each case cites
/// its source; the keys are those of data/SOURCES.md (RL = research/rail-lines.md, ROAD = road-corridors.md,
/// INF = infrastructure.md, COST = costs-and-demand.md, each with its URL there).
/// </summary>
[Trait("Category", "BundledData")]
public sealed class PublishedDistanceTests
{
    [Theory]
    [InlineData("Shu", "Moyinty", 438)] // RL-S19 rail-news.kz "Мойынты – Шу" 438 km
    [InlineData("Dostyk", "Moyinty", 836)] // RL-S2 Trend.az 1 Jul 2024, Dostyk–Moyinty second track 836 km
    [InlineData("Aktogay", "Dostyk", 304)] // RL-S16 kk.wikipedia "Ақтоғай–Достық темір жолы" 304 km
    [InlineData("Zhetygen", "Altynkol", 293)] // RL-S17 kursiv.kz: Khorgos–Zhetygen 293 km
    [InlineData("Lugovaya", "Semey", 1452)] // RL-S45 Universal-Lexikon: Lugovaya–Semipalatinsk 1,452 km
    [InlineData("Arys", "Tashkent", 145)] // RL-S45 Universal-Lexikon: Arys 145 km from Tashkent
    [InlineData("Guzar", "Kumkurgan", 223)] // RL-S24 Gazeta.uz 27 Aug 2009: Tashguzar–Kumkurgan 223 km
    [InlineData("Angren", "Pap", 123.1)] // RL-S23 Gazeta.uz 31 May 2016: Angren–Pap 123.1 km
    [InlineData("Tashkent", "Samarkand", 344)] // RL-S42 Tashkent–Bukhara high-speed line: Tashkent–Samarkand 344 km
    [InlineData("Tashkent", "Bukhara", 600)] // RL-S42 the same: + Samarkand–Bukhara 256 km
    [InlineData("Dushanbe", "Bokhtar", 119)] // RL-S28/S29 Railway Gazette, news.tj 2016: Dushanbe–Qurghonteppa 119 km
    [InlineData("Zhanaozen", "Bolashak", 146)] // RL-S25 Kazinform 11 May 2013: Uzen–Bolashak 146 km
    [InlineData("Balkhash", "Moyinty", 127)] // RL-S5 gov.kz via today-kz.com: Balkhash–Moyinty 127 km
    [InlineData("Bukhara", "Misken", 355)] // RL-S14 railway.uz: Bukhara–Misken 355 km
    [InlineData("Almaty", "Aktogay", 557.6)] // RL-S13 wiki-org.ru "Отар": Almaty-1–Aktogay 713 − 155.4 km
    public void RailDistance_ShouldMatchThePublishedFigure(string from, string to, double publishedKm) =>
        AssertWithinTenPercent(from, to, TransportMode.Rail, publishedKm);

    [Theory]
    [InlineData("Almaty", "Tashkent", 816)] // COST-S97 Kazinform: Almaty–Tashkent bus route 816 km
    [InlineData("Termez", "Dushanbe", 251)] // COST-S98 Trend.az: Termez–Dushanbe 251 km
    [InlineData("Dushanbe", "Khujand", 320)] // ROAD-S3 (Shahristan tunnel article): Dushanbe–Khujand about 320 km
    [InlineData("Khorog", "Murghab", 317)] // ROAD-S31 gowiththeflo.asia: Khorog–Murghab 317 km
    [InlineData("Murghab", "Kyzyl-Art", 180)] // ROAD-S19 bustonowhere.com: Murghab–Kyrgyz border 180 km
    [InlineData("Dushanbe", "Karamyk", 340)] // ROAD-S70 ADB "New road cuts travel time": Dushanbe–Kyrgyz border about 340 km
    [InlineData("Bishkek", "Naryn", 350)] // ROAD-S71 steppeinstyle.com: Bishkek–Naryn about 350 km
    [InlineData("Bishkek", "Torugart", 540)] // ROAD-S72/S26: Bishkek–Kashgar 710 km less Torugart–Kashgar 165 km
    [InlineData("Dushanbe", "Khorog", 600)] // ROAD-S73 bookmate.kz quote: Dushanbe–Khorog about 600 km via Kulob (the truck route)
    [InlineData("Aktobe", "Taraz", 1726)] // INF-S88 europe-china.kz (WE–WC corridor FAQ): Aktobe–Taraz 1,726 km
    public void RoadDistance_ShouldMatchThePublishedFigure(string from, string to, double publishedKm) =>
        AssertWithinTenPercent(from, to, TransportMode.Road, publishedKm);

    private static void AssertWithinTenPercent(string from, string to, TransportMode mode, double publishedKm)
    {
        var network = Scaffolding.BundledData.Network;

        var path = network.Graph.CreateSearch().Find(
            Scaffolding.BundledData.Named(from).Id, Scaffolding.BundledData.Named(to).Id, [mode], PathMetric.Distance);

        Assert.NotNull(path);
        var deviation = (path.DistanceKm - publishedKm) / publishedKm;
        Assert.True(Math.Abs(deviation) <= 0.10, $"{from}–{to} by {mode}: network {path.DistanceKm:F0} km, published {publishedKm} km ({deviation:P1})");
    }
}
