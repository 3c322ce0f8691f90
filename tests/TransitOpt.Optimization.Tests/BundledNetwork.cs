using TransitOpt.Network;
using TransitOpt.Network.Loading;

namespace TransitOpt.Optimization.Tests;

/// <summary>The repository's bundled network, loaded once.</summary>
internal static class BundledNetwork
{
    private static readonly Lazy<TransitNetwork> Loaded = new(() => NetworkLoader.LoadOrThrow(Directory));

    /// <summary>The <c>data</c> folder above the test binaries.</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var data = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(data, DataFiles.Places)))
                {
                    return data;
                }
            }

            throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);
        }
    }

    public static TransitNetwork Network => Loaded.Value;

    public static NodeId Named(string name) => Network.FindPlaces(name).Single().Id;
}
