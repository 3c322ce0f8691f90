using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network;
using TransitOpt.Network.Graph;

namespace TransitOpt.Cli.Output;

/// <summary>A shortest path as the command line prints it (JSON names follow the public API's route fields).</summary>
internal sealed record RouteReport(
    string NetworkVersion,
    PlaceRef Origin,
    PlaceRef Destination,
    IReadOnlyList<string> Modes,
    string Metric,
    double DistanceKm,
    double DurationHours,
    IReadOnlyList<string> Countries,
    IReadOnlyList<CrossingReport> BorderCrossings,
    IReadOnlyList<LegReport> Legs,
    IReadOnlyList<TransshipmentReport> Transshipments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static RouteReport From(TransitNetwork network, NetworkPath path, IReadOnlyCollection<TransportMode> modes, PathMetric metric)
    {
        var legs = new List<LegReport>();
        var transshipments = new List<TransshipmentReport>();
        foreach (var step in path.Steps)
        {
            if (step.Kind == EdgeKind.Transfer)
            {
                var fromMode = legs.Count > 0 ? legs[^1].Mode : "?";
                transshipments.Add(new TransshipmentReport(step.From.Value, fromMode, fromMode == "rail" ? "road" : "rail", Round(step.Hours)));
                continue;
            }

            var mode = step.Kind == EdgeKind.Rail ? "rail" : "road";
            if (legs.Count > 0 && legs[^1].Mode == mode && legs[^1].To == step.From.Value && transshipments.All(t => t.At != step.From.Value))
            {
                var last = legs[^1];
                legs[^1] = last with
                {
                    To = step.To.Value,
                    DistanceKm = Round(last.DistanceKm + step.DistanceKm),
                    Hours = Round(last.Hours + step.Hours),
                    Links = [.. last.Links, step.Link!.Value.Value],
                };
            }
            else
            {
                legs.Add(new LegReport(mode, step.From.Value, step.To.Value, Round(step.DistanceKm), Round(step.Hours), [step.Link!.Value.Value]));
            }
        }

        return new RouteReport(
            network.Version.Value,
            PlaceRef.Of(network.Place(path.Origin)),
            PlaceRef.Of(network.Place(path.Destination)),
            [.. modes.Order().Select(m => m == TransportMode.Rail ? "rail" : "road")],
            metric == PathMetric.Distance ? "distance" : "time",
            Round(path.DistanceKm),
            Round(path.Hours),
            [.. path.Countries(network).Select(c => c.Value)],
            [.. path.Crossings.Select(CrossingReport.Of)],
            legs,
            transshipments);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public void WriteTable(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{Origin.Name} → {Destination.Name} by {string.Join("+", Modes)} (shortest by {Metric}): {DistanceKm:N1} km, {DurationHours:N1} h, via {string.Join(" → ", Countries)}"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  {"mode",-5} {"from",-22} {"to",-22} {"km",8} {"hours",7}"));
        foreach (var leg in Legs)
        {
            output.WriteLine(string.Create(c, $"  {leg.Mode,-5} {leg.From,-22} {leg.To,-22} {leg.DistanceKm,8:N1} {leg.Hours,7:N1}"));
        }

        foreach (var transshipment in Transshipments)
        {
            output.WriteLine(string.Create(c, $"  transshipment {transshipment.FromMode}→{transshipment.ToMode} at {transshipment.At} ({transshipment.Hours:N1} h)"));
        }

        output.WriteLine();
        output.WriteLine(BorderCrossings.Count == 0 ? "  No border crossings." : "  Border crossings:");
        foreach (var crossing in BorderCrossings)
        {
            output.WriteLine(string.Create(c, $"  {crossing.FromCountry}→{crossing.ToCountry}  {crossing.Name,-32} {crossing.Mode,-5} dwell {crossing.DwellHours,5:N1} h  fee ${crossing.FeeUsd:N0}"));
        }
    }

    private static double Round(double value) => Math.Round(value, 1);
}

internal sealed record PlaceRef(string Id, string Name, string Country)
{
    public static PlaceRef Of(Place place) => new(place.Id.Value, place.Name, place.Country.Value);
}

internal sealed record CrossingReport(string Id, string Name, string FromCountry, string ToCountry, string Mode, double DwellHours, double FeeUsd)
{
    public static CrossingReport Of(CrossingPassage passage) => new(
        passage.Crossing.Value,
        passage.Name,
        passage.FromCountry.Value,
        passage.ToCountry.Value,
        passage.Mode == TransportMode.Rail ? "rail" : "road",
        passage.DwellHours,
        passage.FeeUsd);
}

internal sealed record LegReport(string Mode, string From, string To, double DistanceKm, double Hours, IReadOnlyList<string> Links);

internal sealed record TransshipmentReport(string At, string FromMode, string ToMode, double Hours);
