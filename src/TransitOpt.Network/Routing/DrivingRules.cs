namespace TransitOpt.Network.Routing;

/// <summary>A truck driver's hours since the last daily rest and since the last break.</summary>
/// <param name="DrivenToday">Driving hours since the last daily rest.</param>
/// <param name="SinceBreak">Driving hours since the last break of at least 45 minutes.</param>
public readonly record struct DriverClock(double DrivenToday, double SinceBreak)
{
    /// <summary>A rested driver.</summary>
    public static readonly DriverClock Rested = new(0, 0);
}

/// <summary>
/// The AETR (UN-ECE European Agreement on the Work of Crews of Vehicles in International Road Transport) limits that
/// Kazakhstan and Uzbekistan apply, used for every truck on the network: at most 9 h of driving between daily rests of
/// 11 h, and a 45-minute break after 4.5 h of driving. One driver per truck; the extension to 10 h twice a week and
/// weekly rest are not modelled (a corridor trip rarely needs a weekly rest).
/// </summary>
public static class DrivingRules
{
    /// <summary>Daily driving limit.</summary>
    public const double MaxDailyDrivingHours = 9;

    /// <summary>Continuous driving limit before a break.</summary>
    public const double MaxContinuousDrivingHours = 4.5;

    /// <summary>Length of the break.</summary>
    public const double BreakHours = 0.75;

    /// <summary>Length of the daily rest.</summary>
    public const double DailyRestHours = 11;

    private const double Epsilon = 1e-9;

    /// <summary>
    /// Drives <paramref name="drivingHours"/> from the given clock, inserting breaks and daily rests where the limits
    /// fall; returns the elapsed hours (driving + breaks + rests) and the clock at the end. A rest or break that would
    /// fall exactly at the end of the drive is left to the next drive, which takes it first.
    /// </summary>
    public static (double ElapsedHours, DriverClock After) Drive(double drivingHours, DriverClock clock)
    {
        var elapsed = 0.0;
        var remaining = drivingHours;
        var today = clock.DrivenToday;
        var sinceBreak = clock.SinceBreak;
        while (remaining > Epsilon)
        {
            if (today >= MaxDailyDrivingHours - Epsilon)
            {
                elapsed += DailyRestHours;
                today = sinceBreak = 0;
                continue;
            }

            if (sinceBreak >= MaxContinuousDrivingHours - Epsilon)
            {
                elapsed += BreakHours;
                sinceBreak = 0;
                continue;
            }

            var chunk = Math.Min(remaining, Math.Min(MaxDailyDrivingHours - today, MaxContinuousDrivingHours - sinceBreak));
            elapsed += chunk;
            remaining -= chunk;
            today += chunk;
            sinceBreak += chunk;
        }

        return (elapsed, new DriverClock(today, sinceBreak));
    }

    /// <summary>The clock after a stop of <paramref name="stopHours"/> (border queue, handling): a long stop is a rest.</summary>
    public static DriverClock AfterStop(DriverClock clock, double stopHours) =>
        stopHours >= DailyRestHours ? DriverClock.Rested
        : stopHours >= BreakHours ? clock with { SinceBreak = 0 }
        : clock;
}
