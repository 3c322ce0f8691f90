using System.CommandLine;
using TransitOpt.Network.Export;

namespace TransitOpt.Cli.Commands;

/// <summary><c>transitopt export --format geojson</c>: the whole network as one FeatureCollection on standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var format = CommandOptions.Format("geojson");
        var command = new Command("export", "Print the whole network (places, links, crossings, terminals) as one GeoJSON FeatureCollection.")
        {
            data,
            format,
        };
        command.SetAction(parse =>
        {
            var network = DataDirectory.Load(parse.GetValue(data), console);
            if (network is null)
            {
                return ExitCodes.BadInput;
            }

            console.Out.WriteLine(NetworkGeoJson.Write(network));
            return ExitCodes.Success;
        });
        return command;
    }
}
