using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TransitOpt.Network;
using TransitOpt.Network.Costs;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>
/// Writes <c>data/demand/season-N.json</c>: exactly N shipments over the 30 days from Monday 2 March 2026, a seeded
/// draw (seed N) from the sourced flows at March weights and volumes (<see cref="MarchFlows"/>) plus China–Central
/// Asia container transit (<see cref="ChinaTransitLanes"/>). Each lane's volume is drawn × U(0.85, 1.15); its share of
/// the shipment count equals its share of the vehicles; lots are a lognormal(0, 0.6) split of its volume; ready days
/// are weighted by weekday and due = ready + the lane's window.
/// Run: dotnet run -c Release --project bench/TransitOpt.Benchmarks -- generate-demand season-20000
/// </summary>
internal static class SeasonDemand
{
    private const int HorizonDays = 30;

    private static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>Ready-day weights from Monday to Sunday (EST-demand).</summary>
    private static readonly double[] WeekdayWeights = [1.10, 1.10, 1.05, 1.05, 1.00, 0.75, 0.55];

    /// <summary>Writes arrows and ampersands as they are, as the hand-written sets do.</summary>
    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] NewSources = ["CNT-S1", "CNT-S2", "CNT-S3", "COST-S37", "COST-S94", "COST-S95", "EST-china-transit"];

    public static void Write(string name, TextWriter log)
    {
        if (name.Split('-') is not ["season", var digits] || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            throw new ArgumentException($"'{name}' is not season-N (N shipments, e.g. season-20000)", nameof(name));
        }

        var data = BundledNetwork.Directory;
        var timing = new LaneTiming(BundledNetwork.Load(), Start, HorizonDays);
        var lanes = MarchFlows.Over(data, HorizonDays).Concat(ChinaTransitLanes.Over(HorizonDays)).Select(timing.Fit).ToList();
        var shipments = Draw(lanes, count, new Random(count));
        var path = Path.Combine(data, "demand", name + ".json");
        File.WriteAllText(path, Json(name, Description(count), Sources(data), shipments));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {shipments.Count:N0} shipments from {lanes.Count} lanes, {new FileInfo(path).Length:N0} bytes"));
        foreach (var unit in shipments.GroupBy(s => s.Unit).OrderBy(g => g.Key))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {unit.Key}: {unit.Count():N0} shipments, {unit.Sum(s => s.Quantity):N0} units, {unit.Count(s => s.Quantity <= 3 * LotSize.PerVehicle(s.Unit)):N0} of 1-3 vehicles"));
        }

        var china = shipments.Where(s => s.Origin.StartsWith("CN-", StringComparison.Ordinal) && s.Modes is [TransportMode.Rail]).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  from China by rail: {china.Count:N0} shipments ({(double)china.Count / shipments.Count:P1}): {string.Join(", ", china.GroupBy(s => s.Unit).Select(g => $"{g.Count():N0} of {g.Sum(s => s.Quantity):N0} {g.Key}"))}"));
    }

    private static List<Lot> Draw(List<DemandLane> lanes, int count, Random random)
    {
        var volumes = lanes.Select(l => l.Units * (0.85 + 0.3 * random.NextDouble())).ToList();
        var counts = Apportion(lanes.Select((l, i) => volumes[i] / LotSize.PerVehicle(l.Unit)).ToList(), count);
        var numbers = new Dictionary<string, int>();
        var lots = new List<Lot>(count);
        foreach (var (lane, i) in lanes.Select((l, i) => (l, i)))
        {
            var weights = Enumerable.Range(0, counts[i]).Select(_ => Math.Exp(0.6 * Normal(random))).ToList();
            var total = weights.Sum();
            foreach (var weight in weights)
            {
                var quantity = Quantity(lane.Unit, volumes[i] * weight / total);
                var ready = ReadyDay(random, HorizonDays - lane.WindowDays);
                var number = numbers[lane.Stem] = numbers.GetValueOrDefault(lane.Stem) + 1;
                lots.Add(new Lot(
                    string.Create(CultureInfo.InvariantCulture, $"{lane.Stem}-{number:D3}"), lane.Commodity, lane.Origin, lane.Destination, lane.Kind, lane.Unit, quantity,
                    Start.AddDays(ready), Start.AddDays(ready + lane.WindowDays), Math.Round(lane.PenaltyPerUnitUsd * quantity / 100) * 100, lane.Modes));
            }
        }

        return [.. lots.OrderBy(s => s.Ready).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>Shares of <paramref name="count"/> in proportion to the sizes, at least one each (largest remainders).</summary>
    private static int[] Apportion(List<double> sizes, int count)
    {
        var quotas = sizes.Select(v => count * v / sizes.Sum()).ToList();
        var counts = quotas.Select(q => Math.Max(1, (int)Math.Floor(q))).ToArray();
        var byRemainder = Enumerable.Range(0, counts.Length).OrderByDescending(i => quotas[i] - Math.Floor(quotas[i])).ThenBy(i => i).ToList();
        for (var k = 0; counts.Sum() < count; k++)
        {
            counts[byRemainder[k % counts.Length]]++;
        }

        while (counts.Sum() > count)
        {
            counts[Array.IndexOf(counts, counts.Max())]--;
        }

        return counts;
    }

    private static double Quantity(CargoUnit unit, double drawn)
    {
        var step = unit == CargoUnit.Tonnes ? 10 : 1;
        return Math.Clamp(Math.Round(drawn / step) * step, LotSize.Min(unit), LotSize.Max(unit));
    }

    private static int ReadyDay(Random random, int days)
    {
        var weights = Enumerable.Range(0, days).Select(d => WeekdayWeights[((int)Start.AddDays(d).DayOfWeek + 6) % 7]).ToList();
        var pick = random.NextDouble() * weights.Sum();
        var day = 0;
        for (; day < days - 1 && pick >= weights[day]; day++)
        {
            pick -= weights[day];
        }

        return day;
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Description(int count) => string.Create(CultureInfo.InvariantCulture, $"Benchmark set: exactly {count:N0} shipments over 30 days (Mon 2 - Tue 31 March 2026), a seeded random draw (seed {count}) from the sourced flows at March weights and their own volumes, not scaled up: the corridor flows of corridor-march-2weeks (x 30/14); the KZ<->UZ, UZ/TM<->TJ rail and UZ<->TJ road background of peak-grain-congested moved from December to March weights (grain 10 % of the year instead of 12 %, cement 9 %, the rest 1/12 instead of 9 %; no backlog); and China -> Central Asia container transit by rail through Dostyk-Alashankou and Altynkol-Khorgos, 290,000 TEU/yr to UZ, KG and AF (on top of the corridor's CN->TJ containers) at 1/12 a month, 54 % via Khorgos and 46 % via Alashankou, with 15 % of it going back loaded to China. Each lane's volume x U(0.85,1.15), its share of the shipment count equal to its share of the vehicles, sizes from a lognormal(0,0.6) split (1-57 wagons, 1-10 trucks, 2-80 TEU, 20-3,000 t), ready days weighted by weekday. Windows: the lane's longest window in its template set, at least 1.15 x the transit time of one wagon or truck on its cheapest route + 1 day; penalties: the lane's highest penalty per unit there (containers $6,000/TEU), at least 3 x that vehicle's cost. Generated by: dotnet run -c Release --project bench/TransitOpt.Benchmarks -- generate-demand season-{count}.");

    private static string Sources(string data)
    {
        string[] templates = ["corridor-march-2weeks", "peak-grain-congested"];
        return string.Join("; ", templates
            .SelectMany(t => JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "demand", t + ".json"))).RootElement.GetProperty("source").GetString()!.Split("; "))
            .Concat(NewSources)
            .Distinct()
            .OrderBy(key => key.TrimEnd("0123456789".ToCharArray()), StringComparer.Ordinal)
            .ThenBy(key => key.Length)
            .ThenBy(key => key, StringComparer.Ordinal));
    }

    private static string Json(string name, string description, string sources, List<Lot> shipments)
    {
        var json = new StringBuilder();
        json.Append("{\n")
            .Append("  \"name\": ").Append(JsonSerializer.Serialize(name)).Append(",\n")
            .Append("  \"description\": ").Append(JsonSerializer.Serialize(description, Plain)).Append(",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"start\": \"{Start:yyyy-MM-dd}\",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"horizonDays\": {HorizonDays},\n")
            .Append("  \"source\": ").Append(JsonSerializer.Serialize(sources)).Append(",\n")
            .Append("  \"shipments\": [\n")
            .AppendJoin(",\n", shipments.Select(s => "    " + s.ToJson()))
            .Append("\n  ]\n}\n");
        return json.ToString();
    }

    private sealed record Lot(string Id, string Commodity, string Origin, string Destination, CargoKind Kind, CargoUnit Unit, double Quantity, DateOnly Ready, DateOnly Due, double PenaltyUsd, IReadOnlyList<TransportMode>? Modes)
    {
        public string ToJson()
        {
            var modes = Modes is null ? string.Empty : $", \"modes\": [{string.Join(", ", Modes.Select(m => $"\"{Camel(m)}\""))}]";
            return string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"{Id}\", \"commodity\": {JsonSerializer.Serialize(Commodity)}, \"origin\": \"{Origin}\", \"destination\": \"{Destination}\", \"cargo\": {{\"kind\": \"{Camel(Kind)}\", \"quantity\": {Quantity}, \"unit\": \"{Camel(Unit)}\"}}, \"ready\": \"{Ready:yyyy-MM-dd}\", \"due\": \"{Due:yyyy-MM-dd}\", \"unservedPenaltyUsd\": {PenaltyUsd}{modes}}}");
        }

        private static string Camel<T>(T value)
            where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }
}
