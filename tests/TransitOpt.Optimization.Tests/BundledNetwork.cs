using TransitOpt.Network;
using TransitOpt.Network.Loading;

namespace TransitOpt.Optimization.Tests;

/// <summary>The repository's bundled network, loaded once.</summary>
internal static class BundledNetwork
{
    private static readonly Lazy<TransitNetwork> Loaded = new(() => NetworkLoader.LoadOrThrow(Directory));

    /// <summary>The <c>data</c> folder above the test binaries.</summary>
    public static string Directory
    =>
        DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);

    public static TransitNetwork Network => Loaded.Value;

    public static NodeId Named(string name) => Network.FindPlaces(name).Single().Id;
}
