using System.CommandLine;
using Spectre.Console;
using TransitOpt.Cli.Commands;

namespace TransitOpt.Cli;

/// <summary>The <c>transitopt</c> command line: validate, route, export, plan, scenario, serve, worker.</summary>
internal static class CliApp
{
    /// <summary>
    /// Runs one command line, writing to the given streams; returns the exit code. Tables get colours and the
    /// terminal's width only when <paramref name="terminal"/> says standard output is one.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool terminal = false)
    {
        var console = new CliConsole(output, error, terminal);
        var root = new RootCommand("TransitOpt: freight routes and plans on the Kazakhstan–Tajikistan transit corridor.")
        {
            ValidateCommand.Create(console),
            RouteCommand.Create(console),
            ExportCommand.Create(console),
            PlanCommand.Create(console),
            ScenarioCommand.Create(console),
            ServeCommand.Create(),
            WorkerCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 'transitopt --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InternalFailure;
        }
    }
}

/// <summary>Where a command writes: standard output for results, standard error for messages and progress.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Terminal = false)
{
    /// <summary>Tables on standard output.</summary>
    public IAnsiConsole Screen { get; } = Output.Screen.Create(Out, Terminal);
}
