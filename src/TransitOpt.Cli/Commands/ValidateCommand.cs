using System.CommandLine;
using TransitOpt.Cli.Output;
using TransitOpt.Network;

namespace TransitOpt.Cli.Commands;

/// <summary><c>transitopt validate [--data DIR]</c>: checks the data and prints a summary, or the errors (exit 2).</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var command = new Command("validate", "Check the network data and print places, links and km by country and mode, and crossings by country pair.")
        {
            data,
        };
        command.SetAction(parse =>
        {
            var network = DataDirectory.Load(parse.GetValue(data), console);
            if (network is null)
            {
                return ExitCodes.BadInput;
            }

            SummaryTable.Write(NetworkSummary.Of(network), network, console.Screen);
            return ExitCodes.Success;
        });
        return command;
    }
}
