using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>The repository's bundled corridor data, loaded once for every test that needs it.</summary>
internal static class BundledData
{
    private static readonly Lazy<TransitNetwork> Loaded = new(() => NetworkLoader.LoadOrThrow(Directory));

    /// <summary>The <c>data</c> folder above the test binaries.</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, DataFiles.Places)))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);
        }
    }

    public static TransitNetwork Network => Loaded.Value;

    /// <summary>The one place with this name.</summary>
    public static Place Named(string name) => Network.FindPlaces(name).Single();
}
