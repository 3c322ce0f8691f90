using System.Text.Json.Nodes;
using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>
/// A tiny but real slice of the corridor as data files, to be broken one rule at a time: Shymkent (KZ) by rail via
/// Saryagash–Keles to Tashkent (UZ) and Bekabad–Khujand (TJ), and by road via Zhibek Zholy and Oybek–Fotehobod.
/// Coordinates are the real towns'; lengths are round figures above the straight-line distances.
/// </summary>
internal sealed class TinyCorridor
{
    public JsonObject Countries { get; } = new()
    {
        ["countries"] = new JsonArray(
            Country("KZ", "Kazakhstan", "EAEU", "UZ", "KG", "CN"),
            Country("UZ", "Uzbekistan", null, "KZ", "KG", "TJ"),
            Country("KG", "Kyrgyzstan", "EAEU", "KZ", "UZ", "TJ", "CN"),
            Country("TJ", "Tajikistan", null, "UZ", "KG", "CN"),
            Country("CN", "China", null, "KZ", "KG", "TJ")),
    };

    public JsonObject Places { get; } = Collection(
        Place("KZ-SHYMKENT", "Shymkent", "city", "KZ", 69.59, 42.32),
        Place("KZ-SARYAGASH", "Saryagash", "border", "KZ", 69.17, 41.45),
        Place("UZ-KELES", "Keles", "border", "UZ", 69.20, 41.40),
        Place("UZ-TASHKENT", "Tashkent", "city", "UZ", 69.28, 41.31),
        Place("UZ-BEKABAD", "Bekabad", "border", "UZ", 69.27, 40.22),
        Place("UZ-OYBEK", "Oybek", "border", "UZ", 69.28, 40.46),
        Place("TJ-KHUJAND", "Khujand", "city", "TJ", 69.62, 40.28));

    public JsonObject Links { get; } = Collection(
        Link("RAIL-SHYMKENT-SARYAGASH", "rail", "KZ-SHYMKENT", "KZ-SARYAGASH", 120, 40),
        Link("RAIL-SARYAGASH-KELES", "rail", "KZ-SARYAGASH", "UZ-KELES", 10, 20, "BCP-SARYAGASH-KELES-RAIL"),
        Link("RAIL-KELES-TASHKENT", "rail", "UZ-KELES", "UZ-TASHKENT", 20, 30),
        Link("RAIL-TASHKENT-BEKABAD", "rail", "UZ-TASHKENT", "UZ-BEKABAD", 160, 40),
        Link("RAIL-BEKABAD-KHUJAND", "rail", "UZ-BEKABAD", "TJ-KHUJAND", 40, 30, "BCP-BEKABAD-KHUJAND-RAIL"),
        Link("ROAD-SHYMKENT-SARYAGASH", "road", "KZ-SHYMKENT", "KZ-SARYAGASH", 115, 60),
        Link("ROAD-SARYAGASH-KELES", "road", "KZ-SARYAGASH", "UZ-KELES", 8, 30, "BCP-ZHIBEK-ZHOLY-GISHTKUPRIK-ROAD"),
        Link("ROAD-KELES-TASHKENT", "road", "UZ-KELES", "UZ-TASHKENT", 18, 40),
        Link("ROAD-TASHKENT-OYBEK", "road", "UZ-TASHKENT", "UZ-OYBEK", 110, 50),
        Link("ROAD-OYBEK-KHUJAND", "road", "UZ-OYBEK", "TJ-KHUJAND", 60, 45, "BCP-OYBEK-FOTEHOBOD-ROAD"));

    public JsonObject Crossings { get; } = Collection(
        Crossing("BCP-SARYAGASH-KELES-RAIL", "rail", "KZ", "KZ-SARYAGASH", "UZ", "UZ-KELES", 69.18, 41.43, 12, 8),
        Crossing("BCP-ZHIBEK-ZHOLY-GISHTKUPRIK-ROAD", "road", "KZ", "KZ-SARYAGASH", "UZ", "UZ-KELES", 69.19, 41.42, 4.3, 5.5),
        Crossing("BCP-BEKABAD-KHUJAND-RAIL", "rail", "UZ", "UZ-BEKABAD", "TJ", "TJ-KHUJAND", 69.35, 40.23, 7, 6),
        Crossing("BCP-OYBEK-FOTEHOBOD-ROAD", "road", "UZ", "UZ-OYBEK", "TJ", "TJ-KHUJAND", 69.30, 40.45, 2.4, 4.7));

    public JsonObject Terminals { get; } = new()
    {
        ["terminals"] = new JsonArray(new JsonObject
        {
            ["id"] = "TERM-TASHKENT",
            ["place"] = "UZ-TASHKENT",
            ["name"] = "Tashkent Chukursay",
            ["kind"] = "freightStation",
            ["handlingHours"] = 6,
            ["handlingUsdPerVehicle"] = 120,
            ["capacityPerDay"] = 400,
            ["gaugeChange"] = false,
            ["source"] = "test",
        }),
    };

    public JsonObject Tariffs { get; } = new()
    {
        ["vehicles"] = new JsonObject
        {
            ["rail"] = new JsonObject { ["name"] = "wagon", ["payloadTonnes"] = 65, ["teu"] = 2 },
            ["road"] = new JsonObject { ["name"] = "truck", ["payloadTonnes"] = 20, ["teu"] = 2 },
        },
        ["railOperations"] = new JsonObject { ["wagonloadYardHoursPer100Km"] = 5.8, ["blockTrainWagons"] = 50, ["source"] = "test" },
        ["tariffs"] = new JsonArray(
            Tariff("KZ", "rail", 0.62), Tariff("KZ", "road", 2.1),
            Tariff("UZ", "rail", 1.13), Tariff("UZ", "road", 1.14),
            Tariff("TJ", "rail", 0.9), Tariff("TJ", "road", 1.16)),
        ["emissionFactors"] = new JsonArray(
            new JsonObject { ["mode"] = "road", ["traction"] = "diesel", ["gramsCo2ePerTonneKm"] = 90, ["source"] = "test" },
            new JsonObject { ["mode"] = "rail", ["traction"] = "diesel", ["gramsCo2ePerTonneKm"] = 22, ["source"] = "test" },
            new JsonObject { ["mode"] = "rail", ["traction"] = "electric", ["country"] = "KZ", ["gramsCo2ePerTonneKm"] = 28, ["source"] = "test" }),
    };

    /// <summary>The properties object of the feature with this id in a FeatureCollection.</summary>
    public static JsonObject Feature(JsonObject collection, string id) =>
        collection["features"]!.AsArray().Select(f => f!.AsObject())
            .First(f => (string?)f["properties"]!["id"] == id)["properties"]!.AsObject();

    /// <summary>The whole feature (geometry and properties) with this id.</summary>
    public static JsonObject WholeFeature(JsonObject collection, string id) =>
        collection["features"]!.AsArray().Select(f => f!.AsObject()).First(f => (string?)f["properties"]!["id"] == id);

    /// <summary>Writes the files into a new temporary folder and returns it.</summary>
    public string WriteTo()
    {
        var directory = Directory.CreateTempSubdirectory("transitopt-tiny-").FullName;
        File.WriteAllText(Path.Combine(directory, DataFiles.Countries), Countries.ToJsonString());
        File.WriteAllText(Path.Combine(directory, DataFiles.Places), Places.ToJsonString());
        File.WriteAllText(Path.Combine(directory, DataFiles.Links), Links.ToJsonString());
        File.WriteAllText(Path.Combine(directory, DataFiles.Crossings), Crossings.ToJsonString());
        File.WriteAllText(Path.Combine(directory, DataFiles.Terminals), Terminals.ToJsonString());
        File.WriteAllText(Path.Combine(directory, DataFiles.Tariffs), Tariffs.ToJsonString());
        return directory;
    }

    /// <summary>Writes the files and loads them.</summary>
    public NetworkLoadResult Load() => NetworkLoader.Load(WriteTo());

    private static readonly Dictionary<string, (double Lon, double Lat)> Coordinates = new()
    {
        ["KZ-SHYMKENT"] = (69.59, 42.32),
        ["KZ-SARYAGASH"] = (69.17, 41.45),
        ["UZ-KELES"] = (69.20, 41.40),
        ["UZ-TASHKENT"] = (69.28, 41.31),
        ["UZ-BEKABAD"] = (69.27, 40.22),
        ["UZ-OYBEK"] = (69.28, 40.46),
        ["TJ-KHUJAND"] = (69.62, 40.28),
    };

    /// <summary>A straight LineString between two of the tiny corridor's places.</summary>
    public static JsonArray Line(string from, string to) => new(
        new JsonArray(Coordinates[from].Lon, Coordinates[from].Lat),
        new JsonArray(Coordinates[to].Lon, Coordinates[to].Lat));

    private static JsonObject Collection(params JsonObject[] features) => new()
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(features),
    };

    private static JsonObject Country(string code, string name, string? union, params string[] neighbours) => new()
    {
        ["code"] = code,
        ["name"] = name,
        ["utcOffset"] = code is "KG" ? "+06:00" : code is "CN" ? "+08:00" : "+05:00",
        ["customsUnion"] = union,
        ["neighbours"] = new JsonArray([.. neighbours.Select(n => (JsonNode)n)]),
        ["source"] = "test",
    };

    private static JsonObject Place(string id, string name, string kind, string country, double lon, double lat) => new()
    {
        ["type"] = "Feature",
        ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
        ["properties"] = new JsonObject
        {
            ["id"] = id, ["name"] = name, ["kind"] = kind, ["country"] = country, ["source"] = "test",
        },
    };

    private static JsonObject Link(string id, string mode, string from, string to, double lengthKm, double speedKmh, string? crossing = null)
    {
        var properties = new JsonObject
        {
            ["id"] = id,
            ["mode"] = mode,
            ["from"] = from,
            ["to"] = to,
            ["name"] = mode == "rail" ? "Test line" : "Test road",
            ["lengthKm"] = lengthKm,
            ["speedKmh"] = speedKmh,
            ["capacityPerDay"] = mode == "rail" ? 1000 : 2000,
            ["status"] = "open",
            ["closedMonths"] = new JsonArray(),
            ["source"] = "test",
        };
        if (mode == "rail")
        {
            properties["gaugeMm"] = 1520;
            properties["tracks"] = 1;
            properties["electrified"] = false;
        }
        else
        {
            properties["maxGrossTonnes"] = 44;
        }

        if (crossing is not null)
        {
            properties["crossing"] = crossing;
        }

        return new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = Line(from, to) },
            ["properties"] = properties,
        };
    }

    private static JsonObject Crossing(string id, string mode, string a, string placeA, string b, string placeB, double lon, double lat, double dwellAToB, double dwellBToA) => new()
    {
        ["type"] = "Feature",
        ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
        ["properties"] = new JsonObject
        {
            ["id"] = id,
            ["name"] = id,
            ["mode"] = mode,
            ["countries"] = new JsonArray(a, b),
            ["sideA"] = new JsonObject { ["country"] = a, ["name"] = placeA, ["place"] = placeA },
            ["sideB"] = new JsonObject { ["country"] = b, ["name"] = placeB, ["place"] = placeB },
            ["status"] = "open",
            ["admission"] = "international",
            ["corridor"] = id,
            ["capacityPerDay"] = new JsonObject { ["aToB"] = 500, ["bToA"] = 500 },
            ["dwellHours"] = new JsonObject { ["aToB"] = dwellAToB, ["bToA"] = dwellBToA },
            ["feeUsd"] = new JsonObject { ["aToB"] = 50, ["bToA"] = 80 },
            ["hours"] = new JsonObject
            {
                ["utcOffset"] = "+05:00",
                ["open"] = "00:00",
                ["close"] = "24:00",
                ["days"] = new JsonArray("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            },
            ["closedMonths"] = new JsonArray(),
            ["customs"] = "full",
            ["gaugeChange"] = false,
            ["source"] = "test",
        },
    };

    private static JsonObject Tariff(string country, string mode, double usd) => new()
    {
        ["country"] = country,
        ["mode"] = mode,
        ["usdPerVehicleKm"] = usd,
        ["source"] = "test",
    };
}
