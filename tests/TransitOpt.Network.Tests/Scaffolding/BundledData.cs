using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>The repository's bundled corridor data, loaded once for every test that needs it.</summary>
internal static class BundledData
{
    private static readonly Lazy<TransitNetwork> Loaded = new(() => NetworkLoader.LoadOrThrow(Directory));

    /// <summary>The <c>data</c> folder above the test binaries.</summary>
    public static string Directory
    =>
        DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);

    public static TransitNetwork Network => Loaded.Value;

    /// <summary>The one place with this name.</summary>
    public static Place Named(string name) => Network.FindPlaces(name).Single();
}
