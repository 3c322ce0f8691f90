using TransitOpt.Network.Serialization;

namespace TransitOpt.Network.Tests.Serialization;

/// <summary>One rule for times in the CLI and the API: ISO 8601 only, no offset means corridor time (UTC+05:00).</summary>
public sealed class CorridorTimeTests
{
    [Theory]
    [InlineData("2026-03-03", "2026-03-03T00:00:00+05:00")]
    [InlineData("2026-03-03T08:00", "2026-03-03T08:00:00+05:00")]
    [InlineData("2026-03-03T08:00:30", "2026-03-03T08:00:30+05:00")]
    [InlineData("2026-03-03T08:00:00+06:00", "2026-03-03T08:00:00+06:00")]
    [InlineData("2026-03-03T03:00:00Z", "2026-03-03T03:00:00+00:00")]
    [InlineData(" 2026-03-03T08:00 ", "2026-03-03T08:00:00+05:00")]
    public void IsoForms_ShouldBeRead_WithNoOffsetMeaningCorridorTime(string text, string expected)
    {
        Assert.True(CorridorTime.TryParse(text, out var time));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, time.Offset);
    }

    [Theory]
    [InlineData("3 March")]
    [InlineData("03/04/2026")]
    [InlineData("March 3, 2026")]
    [InlineData("2026-3-3")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElse_ShouldBeRefusedRatherThanGuessed(string? text) => Assert.False(CorridorTime.TryParse(text, out _));
}
