using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace TransitOpt.Network;

/// <summary>A border crossing point for one mode between two neighbouring countries.</summary>
/// <param name="Id">Stable id, e.g. <c>BCP-SARYAGASH-KELES-RAIL</c>.</param>
/// <param name="Name">Both sides' names, e.g. <c>Saryagash–Keles</c>.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="SideA">The first side (its country is listed first).</param>
/// <param name="SideB">The second side.</param>
/// <param name="Location">WGS84 point at the border.</param>
/// <param name="Status">Open, restricted, closed or planned.</param>
/// <param name="CapacityPerDay">Vehicles (wagons or trucks) per day, per direction.</param>
/// <param name="DwellHours">Mean time from arrival to departure including queueing, per direction.</param>
/// <param name="FeeUsd">Fees and charges per vehicle, per direction.</param>
/// <param name="Hours">When it works, in local time.</param>
/// <param name="ClosedMonths">Months (1–12) of seasonal closure.</param>
/// <param name="Customs">The customs control applied.</param>
/// <param name="GaugeChange">True where 1520 mm meets 1435 mm and cargo is transshipped or bogies changed.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Notes">Remarks a planner should know, or null.</param>
public sealed record BorderCrossing(
    CrossingId Id,
    string Name,
    TransportMode Mode,
    CrossingSide SideA,
    CrossingSide SideB,
    Point Location,
    InfrastructureStatus Status,
    PerDirection<int> CapacityPerDay,
    PerDirection<double> DwellHours,
    PerDirection<double> FeeUsd,
    OpeningHours Hours,
    ImmutableArray<int> ClosedMonths,
    CustomsRegime Customs,
    bool GaugeChange,
    string Source,
    string? Notes)
{
    /// <summary>Closures for given days (public holidays, a scenario's closure, a political closure), besides the seasonal months.</summary>
    public ImmutableArray<Closure> ClosedPeriods { get; init; } = [];

    /// <summary>The source of <see cref="ClosedMonths"/> (empty when there are none).</summary>
    public string ClosureSource { get; init; } = "";

    /// <summary>Which vehicles may pass with freight.</summary>
    public CrossingAdmission Admission { get; init; } = CrossingAdmission.International;

    /// <summary>
    /// The corridor family, e.g. <c>KZ-UZ-TASHKENT</c>: posts on one border that serve the same corridor, which a
    /// planner does not count as different routes.
    /// </summary>
    public string Corridor { get; init; } = "";

    /// <summary>Sourced delay distributions by season; outside them the delay follows from the mean dwell (EST-delay).</summary>
    public ImmutableArray<DelaySeason> DelaySeasons { get; init; } = [];

    /// <summary>The delay distribution for a vehicle entering from side A (or B) on <paramref name="day"/>.</summary>
    public DelayQuantiles Delay(bool fromSideA, DateOnly day)
    {
        foreach (var season in DelaySeasons)
        {
            if (season.Months.Contains(day.Month))
            {
                return season.Delay.From(fromSideA);
            }
        }

        return DelayQuantiles.FromMean(DwellHours.From(fromSideA));
    }

    /// <summary>The smallest delay of a quantile in any season, per direction (for lower bounds).</summary>
    public double LeastDelay(bool fromSideA, EtaQuantile quantile)
    {
        var least = DelayQuantiles.FromMean(DwellHours.From(fromSideA)).At(quantile);
        foreach (var season in DelaySeasons)
        {
            least = Math.Min(least, season.Delay.From(fromSideA).At(quantile));
        }

        return least;
    }

    /// <summary>True when the crossing is closed on <paramref name="day"/>: by season or by a closed period.</summary>
    public bool IsClosedOn(DateOnly day) => ClosureCalendar.IsClosed(ClosedMonths, ClosedPeriods, day);

    /// <summary>Why the crossing is closed on <paramref name="day"/> (with the source), or null when it is open.</summary>
    public string? ClosureOn(DateOnly day) => ClosureCalendar.Why(ClosedMonths, ClosureSource, ClosedPeriods, day);

    /// <summary>True when a loaded vehicle registered in <paramref name="registration"/> may pass.</summary>
    public bool Admits(CountryCode registration) => Admission switch
    {
        CrossingAdmission.International => true,
        CrossingAdmission.Bilateral => registration == SideA.Country || registration == SideB.Country,
        _ => false,
    };

    /// <summary>The admission rule in a planner's words, e.g. <c>bilateral: KG and TJ vehicles only</c>.</summary>
    public string AdmissionRule => Admission switch
    {
        CrossingAdmission.International => "international: vehicles of any country",
        CrossingAdmission.Bilateral => $"bilateral: {SideA.Country} and {SideB.Country} vehicles only",
        CrossingAdmission.Local => "local traffic only: no transit freight",
        _ => "empty vehicles only",
    };

    /// <summary>The country pair in side order, e.g. <c>KZ–UZ</c>.</summary>
    public string CountryPair => $"{SideA.Country}–{SideB.Country}";

    /// <summary>True when the crossing joins the two countries, in either order.</summary>
    public bool Joins(CountryCode first, CountryCode second) =>
        (SideA.Country == first && SideB.Country == second) || (SideA.Country == second && SideB.Country == first);
}

/// <summary>One side of a border crossing.</summary>
/// <param name="Country">The side's country.</param>
/// <param name="Name">The post's or station's name on that side.</param>
/// <param name="Place">The network place of that side.</param>
public sealed record CrossingSide(CountryCode Country, string Name, NodeId Place);
