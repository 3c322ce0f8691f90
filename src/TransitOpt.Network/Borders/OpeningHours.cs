using System.Collections.Immutable;

namespace TransitOpt.Network;

/// <summary>When a border crossing works, in its local time.</summary>
/// <param name="UtcOffset">The local time zone's offset from UTC.</param>
/// <param name="OpenMinute">Minute of the day it opens (0–1439).</param>
/// <param name="CloseMinute">Minute of the day it closes (1–1440; 1440 is midnight at the end of the day).</param>
/// <param name="Days">Days of the week it works.</param>
public sealed record OpeningHours(TimeSpan UtcOffset, int OpenMinute, int CloseMinute, ImmutableArray<DayOfWeek> Days)
{
    /// <summary>Minutes in a day.</summary>
    public const int MinutesPerDay = 24 * 60;

    /// <summary>True when the crossing works round the clock every day.</summary>
    public bool IsRoundTheClock => OpenMinute == 0 && CloseMinute == MinutesPerDay && Days.Length == 7;

    /// <summary>
    /// The first moment at or after <paramref name="arrival"/> when the crossing is open: the arrival itself when it
    /// falls inside a working window, else the start of the next window in the crossing's local time.
    /// </summary>
    public DateTimeOffset NextOpen(DateTimeOffset arrival)
    {
        if (IsRoundTheClock)
        {
            return arrival;
        }

        var local = arrival.ToOffset(UtcOffset);
        var day = new DateTimeOffset(local.Date, UtcOffset);
        for (var i = 0; i < 8; i++, day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var opens = day.AddMinutes(OpenMinute);
            var closes = day.AddMinutes(CloseMinute);
            if (local < opens)
            {
                return opens.ToOffset(arrival.Offset);
            }

            if (local < closes)
            {
                return arrival;
            }
        }

        throw new InvalidOperationException("Opening hours with no working day cannot be reached.");
    }

    /// <summary>Human text such as <c>08:00–18:00 Mon–Fri (UTC+06:00)</c> or <c>24 h</c>.</summary>
    public override string ToString()
    {
        if (IsRoundTheClock)
        {
            return "24 h";
        }

        var days = Days.Length == 7 ? "daily" : string.Join(",", Days.Select(d => d.ToString()[..3]));
        var sign = UtcOffset < TimeSpan.Zero ? "-" : "+";
        return $"{Clock(OpenMinute)}–{Clock(CloseMinute)} {days} (UTC{sign}{UtcOffset:hh\\:mm})";
    }

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
