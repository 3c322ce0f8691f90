using System.CommandLine;
using TransitOpt.Cli.Output;
using TransitOpt.Network;
using TransitOpt.Network.Graph;
using TransitOpt.Network.Routing;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt route --from X --to Y [--modes rail,road] [--by distance|time] [--format table|json]</c>: the shortest
/// path on the network with its distance, duration and border crossings.
/// </summary>
internal static class RouteCommand
{
    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var from = new Option<string>("--from") { Description = "Origin: node id, exact name, or lon,lat.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: node id, exact name, or lon,lat.", Required = true };
        var modes = new Option<string>("--modes")
        {
            Description = "Modes allowed: rail, road, or rail,road (mode changes only at terminals).",
            DefaultValueFactory = _ => "rail,road",
        };
        var by = new Option<string>("--by") { Description = "What to minimise.", DefaultValueFactory = _ => "distance" };
        by.AcceptOnlyFromAmong("distance", "time");
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("route", "The shortest path between two places: distance, duration and border crossings.")
        {
            data, from, to, modes, by, format,
        };
        command.SetAction(parse =>
        {
            if (!TryParseModes(parse.GetValue(modes)!, out var allowed))
            {
                console.Error.WriteLine($"error: --modes '{parse.GetValue(modes)}' must be rail, road or rail,road");
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
                if (origin.Problem is not null)
                {
                    console.Error.WriteLine($"error: --from: {origin.Problem}");
                }

                if (destination.Problem is not null)
                {
                    console.Error.WriteLine($"error: --to: {destination.Problem}");
                }

                return ExitCodes.BadInput;
            }

            var metric = parse.GetValue(by) == "time" ? PathMetric.Time : PathMetric.Distance;
            var path = network.Graph.CreateSearch().Find(origin.Place.Id, destination.Place.Id, allowed, metric);
            if (path is null)
            {
                console.Error.WriteLine($"error: no {string.Join("+", allowed).ToLowerInvariant()} route from {origin.Place.Name} to {destination.Place.Name} on the open network");
                return ExitCodes.BadInput;
            }

            var report = RouteReport.From(network, path, allowed, metric);
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(report.ToJson());
            }
            else
            {
                report.WriteTable(console.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryParseModes(string text, out IReadOnlyCollection<TransportMode> modes)
    {
        var parsed = new HashSet<TransportMode>();
        foreach (var part in text.Split([',', '|', '+'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<TransportMode>(part, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || part.Any(char.IsDigit))
            {
                modes = [];
                return false;
            }

            parsed.Add(mode);
        }

        modes = parsed;
        return parsed.Count > 0;
    }
}
