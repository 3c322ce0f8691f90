using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Routing;

public sealed class DrivingRulesTests
{
    [Fact]
    public void Drive_FourHours_ShouldNeedNoBreak()
    {
        var (elapsed, after) = DrivingRules.Drive(4, DriverClock.Rested);

        Assert.Equal(4, elapsed, 9);
        Assert.Equal(new DriverClock(4, 4), after);
    }

    [Fact]
    public void Drive_TwelveHours_ShouldTakeABreakAndADailyRest()
    {
        // 4.5 h driving, 45 min break, 4.5 h driving (9 h reached), 11 h rest, 3 h driving.
        var (elapsed, after) = DrivingRules.Drive(12, DriverClock.Rested);

        Assert.Equal(4.5 + 0.75 + 4.5 + 11 + 3, elapsed, 9);
        Assert.Equal(new DriverClock(3, 3), after);
    }

    [Fact]
    public void Drive_ThousandKilometresAtSeventy_ShouldTakeAboutAFullDayNotFourteenHours()
    {
        var (elapsed, _) = DrivingRules.Drive(1000.0 / 70, DriverClock.Rested);

        Assert.True(elapsed > 24, $"elapsed {elapsed:F1} h");
    }

    [Fact]
    public void Drive_AfterEightHoursToday_ShouldRestAfterOneMoreHour()
    {
        var (elapsed, after) = DrivingRules.Drive(2, new DriverClock(8, 3.5));

        Assert.Equal(1 + 11 + 1, elapsed, 9);
        Assert.Equal(new DriverClock(1, 1), after);
    }

    [Theory]
    [InlineData(12, 0, 0)]
    [InlineData(1, 8, 0)]
    [InlineData(0.5, 8, 4)]
    public void AfterStop_ShouldCountLongStopsAsRestAndBreak(double stopHours, double expectedToday, double expectedSinceBreak)
    {
        var after = DrivingRules.AfterStop(new DriverClock(8, 4), stopHours);

        Assert.Equal(new DriverClock(expectedToday, expectedSinceBreak), after);
    }
}
