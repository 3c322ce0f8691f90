using TransitOpt.Network;
using TransitOpt.Network.Loading;

namespace TransitOpt.Benchmarks;

/// <summary>Loads the repository's bundled data once for every benchmark.</summary>
internal static class BundledNetwork
{
    private static readonly Lazy<TransitNetwork> Network = new(() => NetworkLoader.LoadOrThrow(Directory));

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

    public static TransitNetwork Load() => Network.Value;
}
