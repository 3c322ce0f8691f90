namespace TransitOpt.Network.Tests.Routing;

public sealed class OpeningHoursTests
{
    private static readonly OpeningHours Weekdays = new(
        TimeSpan.FromHours(6), 9 * 60, 17 * 60, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    [Fact]
    public void NextOpen_InsideTheWindow_ShouldBeTheArrival()
    {
        var arrival = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(6));

        Assert.Equal(arrival, Weekdays.NextOpen(arrival));
    }

    [Fact]
    public void NextOpen_BeforeOpening_ShouldWaitUntilNineLocal()
    {
        // 07:00 in Tashkent (UTC+5) is 08:00 at a UTC+6 crossing: one hour to wait.
        var arrival = new DateTimeOffset(2026, 3, 3, 7, 0, 0, TimeSpan.FromHours(5));

        Assert.Equal(TimeSpan.FromHours(1), Weekdays.NextOpen(arrival) - arrival);
    }

    [Fact]
    public void NextOpen_FridayEvening_ShouldWaitUntilMonday()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.FromHours(6));

        var opens = Weekdays.NextOpen(friday);

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(6)), opens);
        Assert.Equal(friday.Offset, opens.Offset);
    }

    [Fact]
    public void NextOpen_RoundTheClock_ShouldNeverWait()
    {
        var always = new OpeningHours(TimeSpan.FromHours(5), 0, OpeningHours.MinutesPerDay, [.. Enum.GetValues<DayOfWeek>()]);
        var arrival = new DateTimeOffset(2026, 1, 1, 3, 17, 0, TimeSpan.Zero);

        Assert.Equal(arrival, always.NextOpen(arrival));
        Assert.Equal("24 h", always.ToString());
    }
}
