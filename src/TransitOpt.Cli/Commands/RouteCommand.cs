using System.CommandLine;
using System.Globalization;
using TransitOpt.Cli.Output;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Serialization;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt route --from X --to Y [options]</c>: the best route for one shipment and genuinely different
/// alternatives, as readable blocks, JSON (the API's fields) or GeoJSON.
/// </summary>
internal static class RouteCommand
{

    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var from = new Option<string>("--from") { Description = "Origin: node id, exact name, or lon,lat.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: node id, exact name, or lon,lat.", Required = true };
        var modes = new Option<string>("--modes") { Description = "Modes allowed: rail, road, or rail,road (mode changes only at terminals).", DefaultValueFactory = _ => "rail,road" };
        var cargo = new Option<string>("--cargo") { Description = "Cargo kind.", DefaultValueFactory = _ => "container" };
        cargo.AcceptOnlyFromAmong("container", "bulk", "general", "reefer", "hazardous", "oversize");
        var quantity = new Option<double>("--quantity") { Description = "How much, in --unit.", DefaultValueFactory = _ => 2 };
        var unit = new Option<string>("--unit") { Description = "Unit of --quantity.", DefaultValueFactory = _ => "teu" };
        unit.AcceptOnlyFromAmong("teu", "tonnes", "wagons", "trucks");
        var depart = new Option<string?>("--depart") { Description = "Departure, ISO 8601 (e.g. 2026-03-03T08:00; no offset means UTC+05:00). Default: now." };
        var alternatives = new Option<int>("--alternatives") { Description = "Routes to show, 1–5.", DefaultValueFactory = _ => 3 };
        var avoidCountry = new Option<string[]>("--avoid-country") { Description = "Country code to avoid (repeat or comma-separate).", AllowMultipleArgumentsPerToken = true };
        var avoidCrossing = new Option<string[]>("--avoid-crossing") { Description = "Border crossing id to avoid (repeat or comma-separate).", AllowMultipleArgumentsPerToken = true };
        var commodity = new Option<string?>("--commodity") { Description = "What it is for railway tariffs and wagon type: grain, flour, oilProducts, coal, metalsAndOres, alumina, fertiliser, cement, containers, general, perishables (or wheat, diesel, onions …). Default: what --cargo suggests." };
        var registration = new Option<string?>("--registration") { Description = "Country code the trucks are registered in (default: the origin's country); bilateral posts admit only their two countries' vehicles." };
        var quantile = CommandOptions.EtaQuantile();
        var objective = new Option<string>("--objective") { Description = "What to minimise.", DefaultValueFactory = _ => "balanced" };
        objective.AcceptOnlyFromAmong("cost", "time", "balanced");
        var valueOfTime = new Option<double>("--value-of-time") { Description = "USD per hour of the consignment's time.", DefaultValueFactory = _ => RouteQuery.DefaultValueOfTimeUsdPerHour };
        var format = CommandOptions.Format("table", "json", "geojson");
        var command = new Command("route", "The best route for one shipment and genuinely different alternatives: legs, border crossings with waits, ETA, cost and CO2.")
        {
            data, from, to, modes, cargo, quantity, unit, depart, alternatives, avoidCountry, avoidCrossing, commodity, registration, quantile, objective, valueOfTime, format,
        };
        command.SetAction(parse =>
        {
            if (!TryParseModes(parse.GetValue(modes)!, out var allowed))
            {
                console.Error.WriteLine($"error: --modes '{parse.GetValue(modes)}' must be rail, road or rail,road");
                return ExitCodes.BadInput;
            }

            if (!TryParseDeparture(parse.GetValue(depart), out var departure))
            {
                console.Error.WriteLine($"error: --depart '{parse.GetValue(depart)}' is not {CorridorTime.Expected}");
                return ExitCodes.BadInput;
            }

            var network = DataDirectory.Load(parse.GetValue(data), console);
            if (network is null)
            {
                return ExitCodes.BadInput;
            }

            var origin = PlaceResolver.Resolve(network, parse.GetValue(from)!, allowed);
            var destination = PlaceResolver.Resolve(network, parse.GetValue(to)!, allowed);
            if (origin.Place is null || destination.Place is null)
            {
                WriteProblem(console, "--from", origin.Problem);
                WriteProblem(console, "--to", destination.Problem);
                return ExitCodes.BadInput;
            }

            Commodity? commodityValue = null;
            if (parse.GetValue(commodity) is { } word)
            {
                if (!Commodities.TryRead(word, out var read))
                {
                    console.Error.WriteLine($"error: --commodity '{word}' is not one of {Commodities.Known} (or a word such as wheat, diesel, onions)");
                    return ExitCodes.BadInput;
                }

                commodityValue = read;
            }

            var query = new RouteQuery
            {
                Origin = origin.Place.Id,
                Destination = destination.Place.Id,
                Departure = departure,
                Modes = allowed,
                Cargo = new Cargo(Enum.Parse<CargoKind>(parse.GetValue(cargo)!, ignoreCase: true), parse.GetValue(quantity), Enum.Parse<CargoUnit>(parse.GetValue(unit)!, ignoreCase: true)),
                Alternatives = parse.GetValue(alternatives),
                AvoidCountries = Split(parse.GetValue(avoidCountry)).Select(c => new CountryCode(c.ToUpperInvariant())).ToHashSet(),
                AvoidCrossings = Split(parse.GetValue(avoidCrossing)).Select(c => new CrossingId(c.ToUpperInvariant())).ToHashSet(),
                Objective = Enum.Parse<RouteObjective>(parse.GetValue(objective)!, ignoreCase: true),
                ValueOfTimeUsdPerHour = parse.GetValue(valueOfTime),
                Commodity = commodityValue,
                EtaQuantile = Enum.Parse<EtaQuantile>(parse.GetValue(quantile)!, ignoreCase: true),
                VehicleRegistration = parse.GetValue(registration) is { Length: > 0 } code ? new CountryCode(code.Trim().ToUpperInvariant()) : null,
            };
            var outcome = new Router(network).Route(query);
            if (outcome.Response is not { } response)
            {
                var problem = outcome.Problem!;
                console.Error.WriteLine(problem.Field is null ? $"no route: {problem.Message}" : $"error: {problem.Field}: {problem.Message}");
                return ExitCodes.BadInput;
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    console.Out.WriteLine(CliJson.Write(Api.Contracts.Routes.RouteResponse.From(response, includeGeometry: true, origin, destination)));
                    break;
                case "geojson":
                    console.Out.WriteLine(RouteGeoJson.Write(response, id => network.Crossing(id).Location));
                    break;
                default:
                    WriteSnaps(console, origin, destination);
                    RouteTable.Write(response, network, console.Screen);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Where coordinates given for --from or --to were snapped to, and how far.</summary>
    private static void WriteSnaps(CliConsole console, params PlaceResolution[] places)
    {
        foreach (var (place, option) in places.Zip(["--from", "--to"]))
        {
            if (place.SnappedFrom is { } point)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{option} {point.X},{point.Y} snapped to {place.Place!.Name} ({place.Place.Id}), {place.SnappedKm:N1} km away"));
            }
        }
    }

    private static void WriteProblem(CliConsole console, string option, string? problem)
    {
        if (problem is not null)
        {
            console.Error.WriteLine($"error: {option}: {problem}");
        }
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static bool TryParseDeparture(string? text, out DateTimeOffset departure)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            departure = DateTimeOffset.UtcNow.ToOffset(ResourceSurcharges.CorridorOffset);
            return true;
        }

        return CorridorTime.TryParse(text, out departure);
    }

    private static bool TryParseModes(string text, out IReadOnlySet<TransportMode> modes)
    {
        var parsed = new HashSet<TransportMode>();
        foreach (var part in text.Split([',', '|', '+'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<TransportMode>(part, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || part.Any(char.IsDigit))
            {
                modes = parsed;
                return false;
            }

            parsed.Add(mode);
        }

        modes = parsed;
        return parsed.Count > 0;
    }
}
