using Spectre.Console;
using Spectre.Console.Rendering;

namespace TransitOpt.Cli.Output;

/// <summary>Tables, headings and legends of the readable output; cells are plain text, never markup.</summary>
internal static class TextTable
{
    /// <summary>A table whose headers are given as text; a header starting with '>' is a right-aligned number column.</summary>
    public static Table Of(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            var number = header.StartsWith('>');
            var column = new TableColumn(new Text(number ? header[1..] : header));
            table.AddColumn(number ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells.</summary>
    public static Table Row(this Table table, params string[] cells)
    {
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
        return table;
    }

    /// <summary>Label–value lines, the labels aligned.</summary>
    public static Grid Facts(IEnumerable<(string Label, string Value)> facts)
    {
        var grid = new Grid().AddColumn(new GridColumn().PadRight(2)).AddColumn();
        foreach (var (label, value) in facts)
        {
            grid.AddRow(new Text(label), new Text(value));
        }

        return grid;
    }

    /// <summary>Sentences indented by two columns, each wrapped under its own start.</summary>
    public static Grid Indented(IEnumerable<string> sentences) => Facts(sentences.Select(s => (string.Empty, s)));

    public static void Heading(this IAnsiConsole console, string text)
    {
        console.Write(new Text(text, new Style(decoration: Decoration.Bold)));
        console.WriteLine();
    }

    /// <summary>What the words and columns above mean, one term a line.</summary>
    public static void Legend(this IAnsiConsole console, params (string Term, string Meaning)[] terms)
    {
        console.WriteLine();
        console.Heading("Legend");
        console.Write(Facts(terms));
    }
}
