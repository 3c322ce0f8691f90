using System.Globalization;
using Spectre.Console;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Cli.Output;

/// <summary>A readable block per route: facts, legs, border crossings, transshipments, what it pays; then a legend.</summary>
internal static class RouteTable
{
    public static void Write(RouteResponse response, TransitNetwork network, IAnsiConsole output)
    {
        foreach (var route in response.Routes)
        {
            output.Heading(string.Create(CultureInfo.InvariantCulture, $"{route.Rank}. {route.Summary}"));
            output.Write(TextTable.Facts(Facts(route)));
            output.Write(Legs(route, network));
            if (!route.BorderCrossings.IsEmpty)
            {
                output.Write(Borders(route, network));
                output.Write(TextTable.Indented(route.BorderCrossings.Where(c => c.WaitReason is not null).Select(c => $"{c.Name} waits because {c.WaitReason}")));
            }

            if (!route.Transshipments.IsEmpty)
            {
                var table = TextTable.Of("Transshipment at", "From", "To", ">Hours, h", ">Cost, USD");
                foreach (var t in route.Transshipments)
                {
                    table.Row(network.Place(t.At).Name, Words.Mode(t.FromMode), Words.Mode(t.ToMode), Words.Number(t.Hours, 1), Words.Number(t.CostUsd));
                }

                output.Write(table);
            }

            if (!route.CostLines.IsEmpty)
            {
                var table = TextTable.Of("What it pays", ">Quantity", "Unit", ">Rate, USD per unit", ">Amount, USD");
                foreach (var line in route.CostLines)
                {
                    table.Row(line.Item, Words.Number(line.Quantity, 1), line.Unit, Words.Number(line.UsdPerUnit, 2), Words.Number(line.Usd));
                }

                output.Write(table);
            }

            output.WriteLine();
        }

        foreach (var closure in response.ClosuresAvoided)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Routed around {closure.Name} ({closure.Id}), closed on {closure.Day:yyyy-MM-dd}: {closure.Reason}"));
        }

        output.Legend(
            ("Times", $"with their UTC offset, in tables corridor time ({Words.CorridorOffset}); a --depart without an offset is corridor time too"),
            ("Open", "the post's hours in its local time (24 h: round the clock)"),
            ("Admits", "any vehicles (international post), or only the two countries' vehicles (bilateral)"),
            ("P50, P90", "the border dwell that half, or nine in ten, of the crossings stay within; the ETA at P90 holds in a bad week"),
            ("Wait, dwell", "hours before a post opens or admits the shipment, then hours from opening to leaving it (queue, controls, gauge change)"),
            ("At risk", "hours the P90 dwell adds to the dwell the route is timed with"),
            ("Vehicles", "wagons on rail, trucks on road; fees and tariffs are for all of them"),
            ("Time value", "the value of the consignment's time (--value-of-time USD per hour), counted in the cost but not paid"));
    }

    private static IEnumerable<(string, string)> Facts(Route route)
    {
        var c = CultureInfo.InvariantCulture;
        yield return ("Departs", Words.Time(route.Departure));
        yield return ("Arrives", string.Create(c, $"{Words.Time(route.Arrival)} (P50 {Words.Time(route.ArrivalP50)}, P90 {Words.Time(route.ArrivalP90)})"));
        yield return ("Distance", string.Create(c, $"{route.DistanceKm:N0} km"));
        yield return ("Duration", string.Create(c, $"{route.DurationHours:N1} h ({route.DurationHours / 24:N1} days); {route.SpeedKmh.WithoutDelay:N0} km/h moving, {route.SpeedKmh.WithDelay:N0} km/h door to door"));
        yield return ("Cost", string.Create(c, $"{route.Cost.TotalUsd:N0} USD: transport {route.Cost.TransportUsd:N0}, border {route.Cost.BorderUsd:N0}, handling {route.Cost.HandlingUsd:N0}, wagons {route.Cost.WagonUsd:N0}, time value {route.Cost.TimeValueUsd:N0}"));
        yield return ("CO2", string.Create(c, $"{route.Co2Kg / 1000:N1} t"));
    }

    private static Table Legs(Route route, TransitNetwork network)
    {
        var table = TextTable.Of("Mode", "From", "To", ">Distance, km", $"Departs, {Words.CorridorOffset}", $"Arrives, {Words.CorridorOffset}", ">Vehicles", ">Moving, h", ">Stops, h", ">Border, h", ">Cost, USD");
        foreach (var leg in route.Legs)
        {
            table.Row(
                Words.Mode(leg.Mode),
                network.Place(leg.From).Name,
                network.Place(leg.To).Name,
                Words.Number(leg.DistanceKm),
                Words.CorridorTime(leg.Departure),
                Words.CorridorTime(leg.Arrival),
                Words.Vehicles(leg.Vehicles, leg.Mode),
                Words.Number(leg.Hours.Moving, 1),
                Words.Number(leg.Hours.Stops, 1),
                Words.Number(leg.Hours.Border, 1),
                Words.Number(leg.CostUsd));
        }

        return table;
    }

    private static Table Borders(Route route, TransitNetwork network)
    {
        var table = TextTable.Of("Border", "Crossing", "Open", "Admits", $"Arrives, {Words.CorridorOffset}", ">Wait, h", ">Dwell, h", ">P50, h", ">P90, h", ">At risk, h", ">Fees, USD");
        foreach (var crossing in route.BorderCrossings)
        {
            var post = network.Crossing(crossing.Id);
            table.Row(
                $"{crossing.FromCountry}→{crossing.ToCountry}",
                crossing.Name,
                post.Hours.ToString(),
                post.Admission == CrossingAdmission.International ? "any vehicles" : post.AdmissionRule,
                Words.CorridorTime(crossing.Arrival),
                Words.Number(crossing.WaitHours, 1),
                Words.Number(crossing.DwellHours, 1),
                Words.Number(crossing.Delay.P50, 1),
                Words.Number(crossing.Delay.P90, 1),
                Words.Number(crossing.Delay.HoursAtRisk, 1),
                Words.Number(crossing.FeeUsd));
        }

        return table;
    }
}
