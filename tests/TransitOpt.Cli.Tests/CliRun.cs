using TransitOpt.Network.Loading;

namespace TransitOpt.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The repository's bundled <c>data</c> folder, found upwards from the test binaries.</summary>
    public static string BundledData
    =>
        DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);

    /// <summary>A throwaway copy of the bundled data to break.</summary>
    public static string CopyOfBundledData()
    {
        var copy = Directory.CreateTempSubdirectory("transitopt-data-").FullName;
        foreach (var file in Directory.GetFiles(BundledData))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
