using TransitOpt.Network;
using TransitOpt.Network.Costs;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// China–Central Asia container transit by rail through Kazakhstan: boxes from the Dostyk–Alashankou and
/// Altynkol–Khorgos gateways to Uzbekistan, Kyrgyzstan and Afghanistan, and the loaded share that goes back to China
/// (data/SOURCES.md, EST-china-transit). Tajikistan's Chinese containers are already in the corridor flows.
/// </summary>
internal static class ChinaTransitLanes
{
    /// <summary>
    /// TEU a year from China to Uzbekistan, Kyrgyzstan and Afghanistan through Kazakhstan: ≈ 300,000 TEU of China–Central
    /// Asia transit (211,000 containers in 2024, CNT-S2; 99,300 TEU of non-China–Europe container transit in Jan–Apr
    /// 2024, CNT-S1) less the 10,000 TEU a year to Tajikistan already in the corridor flows.
    /// </summary>
    private const double SouthboundTeuPerYear = 290_000;

    /// <summary>Loaded boxes back to China as a share of the southbound TEU (EST-china-transit: 10–25 %).</summary>
    private const double ReturnShare = 0.15;

    /// <summary>A box is worth $40,000 (10 t × $4,000) and the penalty is 15 % of it (EST-demand).</summary>
    private const double PenaltyPerTeuUsd = 6_000;

    /// <summary>The shortest window of a rail flow (EST-demand).</summary>
    private const int RailWindowDays = 5;

    /// <summary>
    /// The Chinese gateway stations, weighted by their terminals: Khorgos Gateway 372,000 TEU in 2025 (COST-S51) and
    /// Dostyk TransTerminal 320,000 TEU a year (COST-S95).
    /// </summary>
    private static readonly (string Place, double Share)[] Gateways = [("CN-KHORGOS", 0.54), ("CN-ALASHANKOU", 0.46)];

    /// <summary>
    /// Destinations: the 2019 transit tonnage to Uzbekistan 7.1 Mt, Kyrgyzstan 2.26 Mt and Afghanistan 0.26 Mt (CNT-S3),
    /// split within each country among its main rail freight stations (EST-china-transit).
    /// </summary>
    private static readonly (string Place, double Share)[] Destinations =
    [
        ("UZ-TASHKENT", 0.737 * 0.55), ("UZ-SAMARKAND", 0.737 * 0.13), ("UZ-ANDIJAN", 0.737 * 0.12), ("UZ-NAVOI", 0.737 * 0.08), ("UZ-TERMEZ", 0.737 * 0.12),
        ("KG-BISHKEK", 0.236 * 0.75), ("KG-TOKMOK", 0.236 * 0.25),
        ("AF-HAIRATAN", 0.027 * 0.5), ("AF-MAZAR-I-SHARIF", 0.027 * 0.5),
    ];

    /// <summary>Where loaded boxes for China start (cotton yarn, non-ferrous metals, fruit; EST-china-transit).</summary>
    private static readonly (string Place, double Share)[] ReturnOrigins = [("UZ-TASHKENT", 0.6), ("UZ-ANDIJAN", 0.2), ("KG-BISHKEK", 0.2)];

    /// <summary>Whether a place is one of the Chinese rail gateways, whose containers go by rail.</summary>
    public static bool IsRailGateway(string place) => Gateways.Any(g => g.Place == place);

    /// <summary>The lanes over a horizon of <paramref name="horizonDays"/> days, at 1/12 of the year per 30 days.</summary>
    public static IEnumerable<DemandLane> Over(int horizonDays)
    {
        var teu = SouthboundTeuPerYear / 12 * horizonDays / 30;
        foreach (var (gateway, gatewayShare) in Gateways)
        {
            foreach (var (destination, share) in Destinations)
            {
                yield return Lane("CNT", gateway, destination, teu * gatewayShare * share);
            }

            foreach (var (origin, share) in ReturnOrigins)
            {
                yield return Lane("CNTR", origin, gateway, teu * ReturnShare * gatewayShare * share);
            }
        }
    }

    private static DemandLane Lane(string flow, string origin, string destination, double teu) =>
        new($"{flow}-{origin[3..]}-{destination[3..]}", "containers", origin, destination, CargoKind.Container, CargoUnit.Teu, teu, RailWindowDays, PenaltyPerTeuUsd, [TransportMode.Rail]);
}
