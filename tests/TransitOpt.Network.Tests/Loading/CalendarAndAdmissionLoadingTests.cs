using System.Text.Json.Nodes;
using TransitOpt.Network.Loading;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Loading;

/// <summary>The rules that keep who may cross, the calendar and the drawn lengths honest.</summary>
public sealed class CalendarAndAdmissionLoadingTests
{
    private const string Oybek = "BCP-OYBEK-FOTEHOBOD-ROAD";
    private const string TashkentOybek = "ROAD-TASHKENT-OYBEK";

    [Theory]
    [InlineData(null, "admission is missing")]
    [InlineData("transitOnly", "admission 'transitOnly' is not one of international, bilateral, local, emptyOnly")]
    public void Load_CrossingWithoutAValidAdmissionRule_ShouldBeRejected(string? admission, string message)
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["admission"] = admission;

        DataAssert.LoadError(data, DataFiles.Crossings, Oybek, message);
    }

    [Fact]
    public void Load_CrossingWithoutCorridorFamily_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek).Remove("corridor");

        DataAssert.LoadError(data, DataFiles.Crossings, Oybek, "corridor is missing");
    }

    [Fact]
    public void Load_CrossingWithoutHours_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek).Remove("hours");

        DataAssert.LoadError(data, DataFiles.Crossings, Oybek, "hours is missing");
    }

    [Fact]
    public void Load_SeasonalClosureWithoutSource_ShouldBeRejected_OnLinksAndCrossings()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["closedMonths"] = new JsonArray(1, 2);
        TinyCorridor.Feature(data.Links, TashkentOybek)["closedMonths"] = new JsonArray(12);

        DataAssert.LoadError(data, DataFiles.Crossings, Oybek, "closedMonths is set but closureSource is missing");
        DataAssert.LoadError(data, DataFiles.Links, TashkentOybek, "closedMonths is set but closureSource is missing");
    }

    [Fact]
    public void Load_ClosedPeriodWithoutSource_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, Oybek)["closedPeriods"] = new JsonArray(new JsonObject { ["from"] = "2026-10-01", ["to"] = "2026-10-07", ["reason"] = "holiday" });

        DataAssert.LoadError(data, DataFiles.Crossings, Oybek, "the closed period 2026-10-01–2026-10-07 has no source");
    }

    [Fact]
    public void Load_SourcedCalendar_ShouldKeepReasonsAndSources()
    {
        var data = new TinyCorridor();
        var crossing = TinyCorridor.Feature(data.Crossings, Oybek);
        crossing["closedMonths"] = new JsonArray(1);
        crossing["closureSource"] = "ROAD-S1";
        crossing["closedPeriods"] = new JsonArray(new JsonObject { ["from"] = "2026-10-01", ["to"] = "2026-10-07", ["reason"] = "National Day holiday", ["source"] = "INF-S9" });

        var loaded = data.Load().Network!.Crossing(new CrossingId(Oybek));

        Assert.Equal("National Day holiday (2026-10-01 to 2026-10-07; INF-S9)", loaded.ClosureOn(new DateOnly(2026, 10, 3)));
        Assert.Equal("closed for the season (Jan; ROAD-S1)", loaded.ClosureOn(new DateOnly(2027, 1, 20)));
        Assert.Null(loaded.ClosureOn(new DateOnly(2026, 10, 8)));
    }

    [Theory]
    [InlineData(0.0, "winter.speedFactor must be above 0 and at most 1")]
    [InlineData(1.5, "winter.speedFactor must be above 0 and at most 1")]
    public void Load_WinterSpeedOutOfRange_ShouldBeRejected(double factor, string message)
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, TashkentOybek)["winter"] = new JsonObject { ["months"] = new JsonArray(12, 1), ["speedFactor"] = factor, ["source"] = "EST-winter" };

        DataAssert.LoadError(data, DataFiles.Links, TashkentOybek, message);
    }

    [Fact]
    public void Load_WinterSpeed_ShouldSlowTheLinkOnlyInItsMonths()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, TashkentOybek)["winter"] = new JsonObject { ["months"] = new JsonArray(12, 1), ["speedFactor"] = 0.5, ["source"] = "EST-winter" };

        var link = data.Load().Network!.Link(new LinkId(TashkentOybek));

        Assert.Equal(2 * link.RunningHours, link.RunningHoursOn(new DateOnly(2026, 12, 10)), 9);
        Assert.Equal(link.RunningHours, link.RunningHoursOn(new DateOnly(2026, 6, 10)), 9);
    }

    [Fact]
    public void Load_LengthFarAboveTheDrawnLine_ShouldNeedANote()
    {
        var data = new TinyCorridor();
        var link = TinyCorridor.Feature(data.Links, TashkentOybek);
        link["lengthKm"] = 190; // the drawn line is about 95 km: 190 > 1.6 × 95 + 5

        DataAssert.LoadError(data, DataFiles.Links, TashkentOybek, "more than 1.6× the");

        link["lengthNote"] = "switchbacks over the Kuramin range";
        Assert.Empty(data.Load().Errors);
    }
}
