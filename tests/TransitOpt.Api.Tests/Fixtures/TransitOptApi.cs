using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitOpt.Network.Loading;

namespace TransitOpt.Api.Tests.Fixtures;

/// <summary>The API in-process, on a data folder of choice, with Redis as the second cache level when given, and extra settings.</summary>
public sealed class TransitOptApi(string? redis, string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public static string BundledData =>
        DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", dataDirectory ?? BundledData);
        builder.UseSetting("Scenarios:Directory", Directory.CreateTempSubdirectory("transitopt-scenarios-").FullName);
        builder.UseSetting("Jobs:Directory", Directory.CreateTempSubdirectory("transitopt-jobs-").FullName);
        if (redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", redis);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>One Redis server for the API tests, shared by the collection.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}

/// <summary>
/// Tests that run with no other test beside them: those that measure the whole process (its heap), and those that load
/// both cores for long (the fuzzers, a second API process), which would starve the timing-sensitive Redis tests (1 s
/// command timeouts) running in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloCollection
{
    public const string Name = "solo";
}
