using System.CommandLine;
using TransitOpt.Network;
using TransitOpt.Network.Loading;

namespace TransitOpt.Cli;

/// <summary>Finds the network data folder and loads it for a command.</summary>
internal static class DataDirectory
{
    /// <summary>Environment variable that names the data folder when <c>--data</c> is not given.</summary>
    public const string EnvironmentVariable = "TRANSITOPT_DATA";

    public static Option<string?> CreateOption() => new("--data")
    {
        Description = $"The network data folder (default: ${EnvironmentVariable}, else the nearest 'data' folder above the working directory or the program).",
        HelpName = "DIR",
    };

    /// <summary>The folder to load: the option, the environment, or the first <c>data</c> folder with places found upwards.</summary>
    public static string Locate(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        return DataFiles.FindDataFolderAbove(Directory.GetCurrentDirectory())
            ?? DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
            ?? Path.Combine(Directory.GetCurrentDirectory(), "data");
    }

    /// <summary>Loads the network, or writes the errors and returns null.</summary>
    public static TransitNetwork? Load(string? option, CliConsole console)
    {
        var directory = Locate(option);
        var result = NetworkLoader.Load(directory);
        if (result.Network is not null)
        {
            return result.Network;
        }

        console.Error.WriteLine($"The network data in {directory} has {result.Errors.Count} error(s):");
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine($"  {error}");
        }

        if (!Directory.Exists(directory))
        {
            console.Error.WriteLine($"Pass --data DIR (the folder with {DataFiles.Places}) or set {EnvironmentVariable}.");
        }

        return null;
    }
}
