using System.Text.Json.Nodes;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Loading;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Tests;

/// <summary>
/// A small rail corridor with two ways from Shymkent (KZ) to Tashkent (UZ): Saryagash–Keles, and the Maktaaral line
/// (single track) through the Maktaaral–Syrdarya junction, which keeps daytime hours. Capacities are tiny so they bind.
/// </summary>
internal static class SmallCorridor
{
    private static readonly Dictionary<string, (double Lon, double Lat, string Kind)> Places = new()
    {
        ["KZ-SHYMKENT"] = (69.59, 42.32, "city"),
        ["KZ-SARYAGASH"] = (69.17, 41.45, "border"),
        ["UZ-KELES"] = (69.20, 41.40, "border"),
        ["UZ-TASHKENT"] = (69.28, 41.31, "city"),
        ["KZ-MAKTAARAL"] = (68.35, 40.80, "border"),
        ["UZ-SYRDARYA"] = (68.66, 40.84, "station"),
    };

    /// <summary>
    /// A random problem on the corridor (fixed seeds in tests): <paramref name="random"/> draws how many shipments from
    /// <paramref name="shipments"/>, and for each its wagons (up to <paramref name="maxWagons"/>), ready day (0 or 1),
    /// origin among Shymkent, Saryagash and Maktaaral, and due day (0–2 days after ready), bound for Tashkent.
    /// </summary>
    public static PlanProblem RandomProblem(Random random, DateOnly start, (int Least, int Most) shipments, int maxWagons, double penaltyPerWagon, int horizonDays)
    {
        ArgumentNullException.ThrowIfNull(random);
        string[] origins = ["KZ-SHYMKENT", "KZ-SARYAGASH", "KZ-MAKTAARAL"];
        return new PlanProblem(
            [.. Enumerable.Range(0, random.Next(shipments.Least, shipments.Most + 1)).Select(i =>
            {
                var wagons = random.Next(1, maxWagons + 1);
                var ready = start.AddDays(random.Next(0, 2));
                return new ShipmentRequest(
                    $"S{i}", new NodeId(origins[random.Next(origins.Length)]), new NodeId("UZ-TASHKENT"), new Cargo(CargoKind.Bulk, wagons, CargoUnit.Wagons),
                    ready, ready.AddDays(random.Next(0, 3)), UnservedPenaltyUsd: penaltyPerWagon * wagons);
            })],
            start,
            horizonDays);
    }

    public static TransitNetwork Load(int saryagashPerDay = 4, int maktaaralPerDay = 3)
    {
        var directory = Directory.CreateTempSubdirectory("transitopt-small-").FullName;
        Write(directory, DataFiles.Countries, new JsonObject
        {
            ["countries"] = new JsonArray(
                Country("KZ", "EAEU", "UZ"),
                Country("UZ", null, "KZ")),
        });
        Write(directory, DataFiles.Places, Collection([.. Places.Select(p => Feature(
            new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(p.Value.Lon, p.Value.Lat) },
            new JsonObject { ["id"] = p.Key, ["name"] = p.Key[3..], ["kind"] = p.Value.Kind, ["country"] = p.Key[..2], ["source"] = "test" }))]));
        Write(directory, DataFiles.Links, Collection(
            Link("RAIL-SHYMKENT-SARYAGASH", "KZ-SHYMKENT", "KZ-SARYAGASH", 120, 2, null),
            Link("RAIL-SARYAGASH-KELES", "KZ-SARYAGASH", "UZ-KELES", 10, 2, "BCP-SARYAGASH-KELES-RAIL"),
            Link("RAIL-KELES-TASHKENT", "UZ-KELES", "UZ-TASHKENT", 20, 2, null),
            Link("RAIL-SHYMKENT-MAKTAARAL", "KZ-SHYMKENT", "KZ-MAKTAARAL", 250, 1, null),
            Link("RAIL-MAKTAARAL-SYRDARYA", "KZ-MAKTAARAL", "UZ-SYRDARYA", 30, 1, "BCP-MAKTAARAL-SYRDARYA-RAIL"),
            Link("RAIL-SYRDARYA-TASHKENT", "UZ-SYRDARYA", "UZ-TASHKENT", 75, 2, null)));
        Write(directory, DataFiles.Crossings, Collection(
            Crossing("BCP-SARYAGASH-KELES-RAIL", "KZ-SARYAGASH", "UZ-KELES", saryagashPerDay, 6, "00:00", "24:00"),
            Crossing("BCP-MAKTAARAL-SYRDARYA-RAIL", "KZ-MAKTAARAL", "UZ-SYRDARYA", maktaaralPerDay, 10, "08:00", "20:00")));
        Write(directory, DataFiles.Terminals, new JsonObject { ["terminals"] = new JsonArray() });
        Write(directory, DataFiles.Tariffs, new JsonObject
        {
            ["vehicles"] = new JsonObject
            {
                ["rail"] = new JsonObject { ["name"] = "wagon", ["payloadTonnes"] = 65, ["teu"] = 2 },
                ["road"] = new JsonObject { ["name"] = "truck", ["payloadTonnes"] = 20, ["teu"] = 2 },
            },
            ["railOperations"] = new JsonObject { ["wagonloadYardHoursPer100Km"] = 5.8, ["blockTrainWagons"] = 50, ["source"] = "test" },
            ["tariffs"] = new JsonArray(
                new JsonObject { ["country"] = "KZ", ["mode"] = "rail", ["usdPerVehicleKm"] = 0.62, ["source"] = "test" },
                new JsonObject { ["country"] = "UZ", ["mode"] = "rail", ["usdPerVehicleKm"] = 1.13, ["source"] = "test" }),
            ["emissionFactors"] = new JsonArray(
                new JsonObject { ["mode"] = "road", ["traction"] = "diesel", ["gramsCo2ePerTonneKm"] = 90, ["source"] = "test" },
                new JsonObject { ["mode"] = "rail", ["traction"] = "diesel", ["gramsCo2ePerTonneKm"] = 23, ["source"] = "test" }),
        });
        return NetworkLoader.LoadOrThrow(directory);
    }

    private static void Write(string directory, string file, JsonObject json) => File.WriteAllText(Path.Combine(directory, file), json.ToJsonString());

    private static JsonObject Collection(params JsonObject[] features) => new() { ["type"] = "FeatureCollection", ["features"] = new JsonArray(features) };

    private static JsonObject Feature(JsonObject geometry, JsonObject properties) => new() { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = properties };

    private static JsonObject Country(string code, string? union, string neighbour) => new()
    {
        ["code"] = code, ["name"] = code, ["utcOffset"] = "+05:00", ["customsUnion"] = union, ["neighbours"] = new JsonArray(neighbour), ["source"] = "test",
    };

    private static JsonObject Link(string id, string from, string to, double km, int tracks, string? crossing)
    {
        var properties = new JsonObject
        {
            ["id"] = id, ["mode"] = "rail", ["from"] = from, ["to"] = to, ["name"] = id, ["lengthKm"] = km, ["speedKmh"] = 40,
            ["capacityPerDay"] = tracks == 1 ? 6 : 1000, ["status"] = "open", ["closedMonths"] = new JsonArray(),
            ["gaugeMm"] = 1520, ["tracks"] = tracks, ["electrified"] = false, ["source"] = "test",
        };
        if (crossing is not null)
        {
            properties["crossing"] = crossing;
        }

        var line = new JsonArray(new JsonArray(Places[from].Lon, Places[from].Lat), new JsonArray(Places[to].Lon, Places[to].Lat));
        return Feature(new JsonObject { ["type"] = "LineString", ["coordinates"] = line }, properties);
    }

    private static JsonObject Crossing(string id, string a, string b, int perDay, double dwell, string open, string close) => Feature(
        new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Places[b].Lon, Places[b].Lat) },
        new JsonObject
        {
            ["id"] = id, ["name"] = id, ["mode"] = "rail", ["countries"] = new JsonArray("KZ", "UZ"),
            ["sideA"] = new JsonObject { ["country"] = "KZ", ["name"] = a, ["place"] = a },
            ["sideB"] = new JsonObject { ["country"] = "UZ", ["name"] = b, ["place"] = b },
            ["status"] = "open", ["admission"] = "international", ["corridor"] = id,
            ["capacityPerDay"] = new JsonObject { ["aToB"] = perDay, ["bToA"] = perDay },
            ["dwellHours"] = new JsonObject { ["aToB"] = dwell, ["bToA"] = dwell },
            ["feeUsd"] = new JsonObject { ["aToB"] = 132, ["bToA"] = 132 },
            ["hours"] = new JsonObject { ["utcOffset"] = "+05:00", ["open"] = open, ["close"] = close, ["days"] = new JsonArray("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") },
            ["closedMonths"] = new JsonArray(), ["customs"] = "full", ["gaugeChange"] = false, ["source"] = "test",
        });
}
