namespace TransitOpt.Network;

/// <summary>Days on which a link or crossing is closed, why, and who says so.</summary>
/// <param name="Days">The closed days.</param>
/// <param name="Reason">Why, in a planner's words (e.g. <c>Chinese National Day holiday</c>).</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>, or the scenario that closed it.</param>
public sealed record Closure(DateRange Days, string Reason, string Source);

/// <summary>The calendar of a link or crossing: seasonal months (with their source) and dated closures.</summary>
public static class ClosureCalendar
{
    /// <summary>True when <paramref name="day"/> falls in a closed month or a closed period (no allocation: the route search asks often).</summary>
    public static bool IsClosed(System.Collections.Immutable.ImmutableArray<int> closedMonths, System.Collections.Immutable.ImmutableArray<Closure> periods, DateOnly day)
    {
        foreach (var month in closedMonths)
        {
            if (month == day.Month)
            {
                return true;
            }
        }

        foreach (var period in periods)
        {
            if (period.Days.Contains(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the element is closed on <paramref name="day"/> (with the source), or null when it is open.</summary>
    public static string? Why(IReadOnlyList<int> closedMonths, string closureSource, IReadOnlyList<Closure> periods, DateOnly day)
    {
        if (closedMonths.Contains(day.Month))
        {
            return $"closed for the season ({MonthNames(closedMonths)}; {closureSource})";
        }

        foreach (var period in periods)
        {
            if (period.Days.Contains(day))
            {
                return $"{period.Reason} ({period.Days.From:yyyy-MM-dd} to {period.Days.To:yyyy-MM-dd}; {period.Source})";
            }
        }

        return null;
    }

    private static string MonthNames(IEnumerable<int> months) =>
        string.Join(", ", months.Select(m => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)));
}
