using Spectre.Console;

namespace TransitOpt.Cli.Output;

/// <summary>
/// Spectre.Console over a command's standard output: on a terminal its colours, and its width when wider than the plain
/// width (narrower, the terminal wraps lines rather than the tables splitting words); otherwise (a pipe, a file, a test)
/// plain text of the fixed width without trailing spaces, so the same command prints the same bytes wherever it runs.
/// </summary>
internal static class Screen
{
    /// <summary>Columns of plain output.</summary>
    public const int PlainWidth = 150;

    public static IAnsiConsole Create(TextWriter output, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(terminal ? output : new TrailingSpaceTrimmer(output)),
        });
        console.Profile.Width = terminal ? Math.Max(console.Profile.Width, PlainWidth) : PlainWidth;

        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
