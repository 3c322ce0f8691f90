using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TransitOpt.Api.Tests.Fixtures;
using TransitOpt.Network.Loading;

namespace TransitOpt.Workbench.Tests.Fixtures;

/// <summary>
/// The API with the workbench on a real loopback port (Kestrel), on the bundled data, with a real redis-server as the
/// second cache level and scenario store, an API key for writes, and evaluations of more than 5 shipments run as jobs.
/// </summary>
public sealed class WorkbenchServer : WebApplicationFactory<Program>
{
    public const string ApiKey = "workbench-test-key";

    private readonly RedisServer _redis = new();

    public WorkbenchServer()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The page's origin, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("The bundled data folder was not found above " + AppContext.BaseDirectory));
        builder.UseSetting("Jobs:Directory", Directory.CreateTempSubdirectory("transitopt-workbench-jobs-").FullName);
        builder.UseSetting("ConnectionStrings:Redis", _redis.ConnectionString);
        builder.UseSetting("Auth:ApiKeys:0", ApiKey);
        builder.UseSetting("Limits:SynchronousPlanShipments", "5");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _redis.Dispose();
        }
    }
}
