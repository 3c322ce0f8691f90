namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// The sourced flows at March weights, as lanes over a horizon starting in March: the corridor flows of
/// <c>corridor-march-2weeks</c> (two March weeks) and the background traffic of <c>peak-grain-congested</c> (two
/// December weeks) moved to March (data/SOURCES.md, "Demand sets"). The December backlog and the December corridor
/// flows of that set are left out.
/// </summary>
internal static class MarchFlows
{
    private const double TemplateDays = 14;

    public static IEnumerable<DemandLane> Over(string dataDirectory, int horizonDays)
    {
        var days = horizonDays / TemplateDays;
        return TemplateLanes.Read(Path.Combine(dataDirectory, "demand", "corridor-march-2weeks.json"), _ => days)
            .Concat(TemplateLanes.Read(Path.Combine(dataDirectory, "demand", "peak-grain-congested.json"), stem => BackgroundMarchOverDecember(stem) * days));
    }

    /// <summary>
    /// March share of the year over the December share the set was drawn with: KZ grain to UZ 10 % against 12 %,
    /// flour 8.3 % against 12 %, cement 9 % (building season, as building goods) against 6 % (northbound) or 5 % (TJ),
    /// UZ–TJ trucks 1/12 against 8 %, TM and UZ rail to TJ 1/12 both; every other background flow 1/12 against 9 %.
    /// Null for what is not background.
    /// </summary>
    private static double? BackgroundMarchOverDecember(string stem) => stem.Split('-') switch
    {
        ["BG", "GRAINUZ", ..] => 0.10 / 0.12,
        ["BG", "FLOURUZ", ..] => 0.083 / 0.12,
        ["BG", "NCEM", ..] => 0.09 / 0.06,
        ["BG", "TJCEM", ..] => 0.09 / 0.05,
        ["BG", "RUZTJ" or "RTJUZ", ..] => 1 / 12.0 / 0.08,
        ["BG", "TMTJ" or "UZTJ", ..] => 1,
        ["BG", ..] => 1 / 12.0 / 0.09,
        _ => null,
    };
}
