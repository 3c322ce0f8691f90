using TransitOpt.Network;
using TransitOpt.Network.Loading;

namespace TransitOpt.Benchmarks;

/// <summary>Loads the repository's bundled data once for every benchmark.</summary>
internal static class BundledNetwork
{
    private static readonly Lazy<TransitNetwork> Network = new(() => NetworkLoader.LoadOrThrow(Directory));

    public static string Directory
    =>
        DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);

    public static TransitNetwork Load() => Network.Value;
}
