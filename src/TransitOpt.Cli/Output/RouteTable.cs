using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Cli.Output;

/// <summary>A readable block per route: headline, legs, border crossings, transshipments, cost and CO2.</summary>
internal static class RouteTable
{
    public static void Write(RouteResponse response, TransitNetwork network, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var route in response.Routes)
        {
            output.WriteLine(string.Create(c, $"{route.Rank}. {route.Summary}"));
            output.WriteLine(string.Create(c, $"   {route.DistanceKm:N0} km, {route.DurationHours:N1} h ({route.DurationHours / 24:N1} days): departs {Time(route.Departure)}, arrives {Time(route.Arrival)} (P50 {Time(route.ArrivalP50)}, P90 {Time(route.ArrivalP90)})"));
            output.WriteLine(string.Create(c, $"   cost ${route.Cost.TotalUsd:N0} (transport ${route.Cost.TransportUsd:N0}, border ${route.Cost.BorderUsd:N0}, handling ${route.Cost.HandlingUsd:N0}, wagons ${route.Cost.WagonUsd:N0}, time ${route.Cost.TimeValueUsd:N0}); CO2 {route.Co2Kg / 1000:N1} t; speed {route.SpeedKmh.WithoutDelay:N0} km/h moving, {route.SpeedKmh.WithDelay:N0} km/h door to door"));
            foreach (var leg in route.Legs)
            {
                output.WriteLine(string.Create(c, $"   {Word(leg.Mode),-4} {Name(network, leg.From),-20} → {Name(network, leg.To),-20} {leg.DistanceKm,7:N0} km  {Time(leg.Departure)} → {Time(leg.Arrival)}  {leg.Vehicles} {(leg.Mode == TransportMode.Rail ? "wagons" : "trucks")}  ${leg.CostUsd:N0}"));
                output.WriteLine(string.Create(c, $"        {leg.Hours.Moving:N1} h moving, {leg.Hours.Stops:N1} h {(leg.Mode == TransportMode.Rail ? "in yards and technical stops" : "driver breaks and rests")}, {leg.Hours.Border:N1} h at borders"));
            }

            foreach (var crossing in route.BorderCrossings)
            {
                var post = network.Crossing(crossing.Id);
                output.WriteLine(string.Create(c, $"   border {crossing.FromCountry}→{crossing.ToCountry} {crossing.Name} ({post.Hours}, {post.AdmissionRule}): arrives {Time(crossing.Arrival)}, waits {crossing.WaitHours:N1} h, dwell {crossing.DwellHours:N1} h (P50 {crossing.Delay.P50:N1}, P90 {crossing.Delay.P90:N1}: {crossing.Delay.HoursAtRisk:N1} h at risk), fees ${crossing.FeeUsd:N0}{(crossing.WaitReason is { } why ? $"; waits because {why}" : "")}"));
            }

            foreach (var transshipment in route.Transshipments)
            {
                output.WriteLine(string.Create(c, $"   transshipment {Word(transshipment.FromMode)}→{Word(transshipment.ToMode)} at {Name(network, transshipment.At)}: {transshipment.Hours:N1} h, ${transshipment.CostUsd:N0}"));
            }

            foreach (var line in route.CostLines)
            {
                output.WriteLine(string.Create(c, $"   ${line.Usd,9:N0}  {line.Item}: {line.Quantity:N1} {line.Unit} × ${line.UsdPerUnit:N2}"));
            }

            output.WriteLine();
        }

        foreach (var closure in response.ClosuresAvoided)
        {
            output.WriteLine(string.Create(c, $"routed around {closure.Name} ({closure.Id}) on {closure.Day:yyyy-MM-dd}: {closure.Reason}"));
        }
    }

    private static string Word(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";

    private static string Name(TransitNetwork network, NodeId id) => network.Place(id).Name;

    private static string Time(DateTimeOffset time) => time.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
