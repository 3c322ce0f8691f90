using System.Text.Json.Nodes;
using TransitOpt.Network.Loading;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Loading;

public sealed class NetworkLoaderTests
{
    [Fact]
    public void Load_TinyCorridor_ShouldBuildTheNetwork()
    {
        var result = new TinyCorridor().Load();

        Assert.Empty(result.Errors);
        var network = result.Network!;
        Assert.Equal(7, network.Places.Length);
        Assert.Equal(10, network.Links.Length);
        Assert.Equal(4, network.Crossings.Length);
        var crossing = network.Crossing(new CrossingId("BCP-SARYAGASH-KELES-RAIL"));
        Assert.Equal(new CountryCode("KZ"), crossing.SideA.Country);
        Assert.Equal(12, crossing.DwellHours.AToB);
        Assert.True(crossing.Hours.IsRoundTheClock);
        Assert.Equal(0.62, network.Link(new LinkId("RAIL-SHYMKENT-SARYAGASH")).UsdPerVehicleKm);
    }

    [Fact]
    public void Version_SameContent_ShouldBeEqual_AndAnyChange_ShouldDiffer()
    {
        var first = new TinyCorridor().Load().Network!.Version;
        var again = new TinyCorridor().Load().Network!.Version;
        var changed = new TinyCorridor();
        TinyCorridor.Feature(changed.Links, "RAIL-TASHKENT-BEKABAD")["capacityPerDay"] = 999;

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed.Load().Network!.Version);
    }

    [Fact]
    public void Version_CrlfLineEndings_ShouldNotChangeIt()
    {
        var directory = new TinyCorridor().WriteTo();
        var before = NetworkLoader.LoadOrThrow(directory).Version;
        var path = Path.Combine(directory, DataFiles.Places);
        var indented = JsonNode.Parse(File.ReadAllText(path))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(path, indented.Replace("\n", "\r\n", StringComparison.Ordinal));
        var lfOnly = Directory.CreateTempSubdirectory().FullName;
        foreach (var file in Directory.GetFiles(directory))
        {
            File.WriteAllText(Path.Combine(lfOnly, Path.GetFileName(file)), File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        Assert.NotEqual(before, NetworkLoader.LoadOrThrow(directory).Version);
        Assert.Equal(NetworkLoader.LoadOrThrow(lfOnly).Version, NetworkLoader.LoadOrThrow(directory).Version);
    }

    [Fact]
    public void Load_UnknownPlaceReference_ShouldNameFileFeatureAndId()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "RAIL-TASHKENT-BEKABAD")["to"] = "UZ-NOWHERE";

        DataAssert.LoadError(data, DataFiles.Links, "RAIL-TASHKENT-BEKABAD", "to 'UZ-NOWHERE' is not a place");
    }

    [Fact]
    public void Load_DuplicateId_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        var copy = TinyCorridor.WholeFeature(data.Places, "UZ-KELES").DeepClone();
        data.Places["features"]!.AsArray().Add(copy);

        DataAssert.LoadError(data, DataFiles.Places, "UZ-KELES", "duplicate id");
    }

    [Fact]
    public void Load_SwappedCoordinates_ShouldBeOutsideTheRegion()
    {
        var data = new TinyCorridor();
        TinyCorridor.WholeFeature(data.Places, "UZ-TASHKENT")["geometry"]!["coordinates"] = new JsonArray(41.31, 69.28);

        DataAssert.LoadError(data, DataFiles.Places, "UZ-TASHKENT", "outside the corridor region");
    }

    [Fact]
    public void Load_LineEndingAwayFromItsPlace_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        var line = TinyCorridor.Line("UZ-TASHKENT", "UZ-BEKABAD");
        line[1] = new JsonArray(69.5, 40.5);
        TinyCorridor.WholeFeature(data.Links, "RAIL-TASHKENT-BEKABAD")["geometry"]!["coordinates"] = line;

        DataAssert.LoadError(data, DataFiles.Links, "RAIL-TASHKENT-BEKABAD", "ends");
        DataAssert.LoadError(data, DataFiles.Links, "RAIL-TASHKENT-BEKABAD", "from its to place UZ-BEKABAD");
    }

    [Fact]
    public void Load_LengthShorterThanStraightLine_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "RAIL-TASHKENT-BEKABAD")["lengthKm"] = 50;

        DataAssert.LoadError(data, DataFiles.Links, "RAIL-TASHKENT-BEKABAD", "shorter than the 121");
    }

    [Fact]
    public void Load_LengthFarLongerThanStraightLine_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "RAIL-TASHKENT-BEKABAD")["lengthKm"] = 1600;

        DataAssert.LoadError(data, DataFiles.Links, "RAIL-TASHKENT-BEKABAD", "far longer");
    }

    [Fact]
    public void Load_NegativeCapacity_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-TASHKENT-OYBEK")["capacityPerDay"] = -5;

        DataAssert.LoadError(data, DataFiles.Links, "ROAD-TASHKENT-OYBEK", "capacityPerDay -5 is negative");
    }

    [Fact]
    public void Load_MissingCapacity_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["capacityPerDay"]!.AsObject().Remove("bToA");

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "capacityPerDay.bToA is missing");
    }

    [Fact]
    public void Load_CrossingWithBothSidesInOneCountry_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["countries"] = new JsonArray("UZ", "UZ");

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "same country");
    }

    [Fact]
    public void Load_CrossingBetweenCountriesWithoutBorder_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["countries"] = new JsonArray("UZ", "CN");

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "UZ and CN do not share a border");
    }

    [Fact]
    public void Load_CrossingBetweenKazakhstanAndTajikistan_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["countries"] = new JsonArray("KZ", "TJ");

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "Kazakhstan and Tajikistan");
    }

    [Fact]
    public void Load_LinkJoiningKazakhstanDirectlyToTajikistan_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        var link = TinyCorridor.WholeFeature(data.Links, "ROAD-TASHKENT-OYBEK").DeepClone().AsObject();
        link["properties"]!["id"] = "ROAD-SHYMKENT-KHUJAND";
        link["properties"]!["from"] = "KZ-SHYMKENT";
        link["properties"]!["to"] = "TJ-KHUJAND";
        link["properties"]!["lengthKm"] = 300;
        link["geometry"]!["coordinates"] = TinyCorridor.Line("KZ-SHYMKENT", "TJ-KHUJAND");
        data.Links["features"]!.AsArray().Add(link);

        DataAssert.LoadError(data, DataFiles.Links, "ROAD-SHYMKENT-KHUJAND", "joins Kazakhstan directly to Tajikistan");
    }

    [Fact]
    public void Load_CrossBorderLinkWithoutCrossing_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-OYBEK-KHUJAND").Remove("crossing");

        DataAssert.LoadError(data, DataFiles.Links, "ROAD-OYBEK-KHUJAND", "joins UZ and TJ but names no crossing");
        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "no link passes this crossing");
    }

    [Fact]
    public void Load_LinkThroughCrossingOfOtherMode_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "RAIL-SARYAGASH-KELES")["crossing"] = "BCP-ZHIBEK-ZHOLY-GISHTKUPRIK-ROAD";

        DataAssert.LoadError(data, DataFiles.Links, "RAIL-SARYAGASH-KELES", "is a rail link but crossing BCP-ZHIBEK-ZHOLY-GISHTKUPRIK-ROAD is for road");
    }

    [Fact]
    public void Load_UnknownEnumValue_ShouldListTheAllowedOnes()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-KELES-TASHKENT")["mode"] = "ship";

        DataAssert.LoadError(data, DataFiles.Links, "ROAD-KELES-TASHKENT", "mode 'ship' is not one of rail, road");
    }

    [Fact]
    public void Load_CustomsThatContradictsTheUnion_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-SARYAGASH-KELES-RAIL")["customs"] = "eaeuInternal";

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-SARYAGASH-KELES-RAIL", "calls for full");
    }

    [Fact]
    public void Load_OpeningHoursThatCloseBeforeTheyOpen_ShouldBeRejected()
    {
        var data = new TinyCorridor();
        var hours = TinyCorridor.Feature(data.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD")["hours"]!;
        hours["open"] = "18:00";
        hours["close"] = "08:00";

        DataAssert.LoadError(data, DataFiles.Crossings, "BCP-OYBEK-FOTEHOBOD-ROAD", "must be a time HH:MM after hours.open");
    }

    [Fact]
    public void Load_MalformedJson_ShouldNameFileAndLine()
    {
        var directory = new TinyCorridor().WriteTo();
        File.WriteAllText(Path.Combine(directory, DataFiles.Links), "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ { \"type\": \n");

        var result = NetworkLoader.Load(directory);

        Assert.Null(result.Network);
        var error = Assert.Single(result.Errors);
        Assert.Equal(DataFiles.Links, error.File);
        Assert.Contains("malformed JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValueOfTheWrongType_ShouldNameTheFeatureAndThePath()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Crossings, "BCP-BEKABAD-KHUJAND-RAIL")["capacityPerDay"] = 1995;

        var error = Assert.Single(data.Load().Errors);

        Assert.Equal(DataFiles.Crossings, error.File);
        Assert.Equal("feature #3", error.FeatureId);
        Assert.Contains("$.features[2].properties.capacityPerDay", error.Message, StringComparison.Ordinal);
        Assert.Contains("has the wrong type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ShouldSaySo()
    {
        var directory = new TinyCorridor().WriteTo();
        File.Delete(Path.Combine(directory, DataFiles.Terminals));

        var error = Assert.Single(NetworkLoader.Load(directory).Errors);

        Assert.Equal(DataFiles.Terminals, error.File);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrThrow_BadData_ShouldThrowWithEveryError()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Links, "ROAD-TASHKENT-OYBEK")["capacityPerDay"] = -5;
        TinyCorridor.Feature(data.Links, "RAIL-TASHKENT-BEKABAD")["lengthKm"] = 50;

        var exception = Assert.Throws<NetworkDataException>(() => NetworkLoader.LoadOrThrow(data.WriteTo()));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("links.geojson: ROAD-TASHKENT-OYBEK: capacityPerDay -5 is negative", exception.Message, StringComparison.Ordinal);
    }
}
