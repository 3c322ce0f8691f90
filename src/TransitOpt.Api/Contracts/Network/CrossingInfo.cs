using System.ComponentModel;
using TransitOpt.Network;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>A border crossing point.</summary>
public sealed record CrossingInfo(
    [property: Description("Stable id, e.g. BCP-SARYAGASH-KELES-RAIL.")] string Id,
    [property: Description("Both sides' names.")] string Name,
    [property: Description("rail or road.")] TransportMode Mode,
    [property: Description("ISO codes, side A first.")] List<string> Countries,
    [property: Description("Side A's post or station.")] string SideA,
    [property: Description("Side B's post or station.")] string SideB,
    [property: Description("open, restricted, closed, underConstruction or planned.")] InfrastructureStatus Status,
    [property: Description("Who may cross with freight: international (any country's vehicles), bilateral (vehicles of the two countries only), local (no transit freight) or emptyOnly.")] CrossingAdmission Admission,
    [property: Description("The corridor family, e.g. KZ-UZ-TASHKENT: posts on one border serving the same corridor.")] string Corridor,
    [property: Description("Vehicles per day from side A to side B.")] int CapacityPerDayAToB,
    [property: Description("Vehicles per day from side B to side A.")] int CapacityPerDayBToA,
    [property: Description("Mean dwell, hours, A to B.")] double DwellHoursAToB,
    [property: Description("Mean dwell, hours, B to A.")] double DwellHoursBToA,
    [property: Description("The border delay (queue, controls and dwell) as a median and a 90th percentile by months and direction, with its source; every month of the year is in exactly one entry.")] List<DelayInfo> Delays,
    [property: Description("Fees per vehicle, USD, A to B.")] double FeeUsdAToB,
    [property: Description("Fees per vehicle, USD, B to A.")] double FeeUsdBToA,
    [property: Description("Opening hours in local time, e.g. \"08:00–18:00 daily (UTC+06:00)\" or \"24 h\".")] string Hours,
    [property: Description("eaeuInternal (no customs, KZ–KG and KZ–RU) or full.")] CustomsRegime Customs,
    [property: Description("Months (1–12) of seasonal closure.")] List<int> ClosedMonths,
    [property: Description("Dated closures (public holidays, works, political closures) with reason and source.")] List<ClosureInfo> ClosedPeriods,
    [property: Description("True where 1520 mm meets 1435 mm.")] bool GaugeChange,
    [property: Description("Source keys of data/SOURCES.md.")] string Source,
    [property: Description("Remarks a planner should know (evidence for the status, capacity arithmetic), or null.")] string? Notes,
    [property: Description("Longitude, degrees.")] double Lon,
    [property: Description("Latitude, degrees.")] double Lat)
{
    public static CrossingInfo From(BorderCrossing c) => new(
        c.Id.Value, c.Name, c.Mode.ToWire(), [c.SideA.Country.Value, c.SideB.Country.Value], c.SideA.Name, c.SideB.Name, c.Status.ToWire(),
        c.Admission.ToWire(), c.Corridor, c.CapacityPerDay.AToB, c.CapacityPerDay.BToA, c.DwellHours.AToB, c.DwellHours.BToA, DelayInfo.Of(c), c.FeeUsd.AToB, c.FeeUsd.BToA,
        c.Hours.ToString(), c.Customs.ToWire(), [.. c.ClosedMonths], [.. c.ClosedPeriods.Select(ClosureInfo.Of)], c.GaugeChange, c.Source, c.Notes,
        c.Location.X, c.Location.Y);
}

/// <summary>A crossing's border delay in some months: median and 90th percentile, hours, each way.</summary>
public sealed record DelayInfo(
    [property: Description("The months (1–12) it holds for.")] List<int> Months,
    [property: Description("Median hours, A to B.")] double P50HoursAToB,
    [property: Description("90th percentile hours, A to B.")] double P90HoursAToB,
    [property: Description("Median hours, B to A.")] double P50HoursBToA,
    [property: Description("90th percentile hours, B to A.")] double P90HoursBToA,
    [property: Description("Source keys of data/SOURCES.md; EST-delay where the delay follows from the mean dwell.")] string Source)
{
    /// <summary>The sourced seasons, and the other months (if any) from the mean dwell.</summary>
    public static List<DelayInfo> Of(BorderCrossing crossing)
    {
        var seasons = crossing.DelaySeasons
            .Select(s => new DelayInfo([.. s.Months.Order()], s.Delay.AToB.P50, s.Delay.AToB.P90, s.Delay.BToA.P50, s.Delay.BToA.P90, s.Source))
            .ToList();
        var rest = Enumerable.Range(1, 12).Where(m => !seasons.Any(s => s.Months.Contains(m))).ToList();
        if (rest.Count > 0)
        {
            var (aToB, bToA) = (DelayQuantiles.FromMean(crossing.DwellHours.AToB), DelayQuantiles.FromMean(crossing.DwellHours.BToA));
            seasons.Add(new DelayInfo(rest, Math.Round(aToB.P50, 1), Math.Round(aToB.P90, 1), Math.Round(bToA.P50, 1), Math.Round(bToA.P90, 1), "EST-delay"));
        }

        return seasons;
    }
}

/// <summary>Days a link or crossing is closed.</summary>
public sealed record ClosureInfo(
    [property: Description("First closed day.")] DateOnly From,
    [property: Description("Last closed day.")] DateOnly To,
    [property: Description("Why.")] string Reason,
    [property: Description("Source keys of data/SOURCES.md, or \"scenario\".")] string Source)
{
    public static ClosureInfo Of(Closure closure) => new(closure.Days.From, closure.Days.To, closure.Reason, closure.Source);
}
