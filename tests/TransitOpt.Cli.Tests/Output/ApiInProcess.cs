using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TransitOpt.Cli.Tests.Output;

/// <summary>
/// The API in-process on the bundled data, with an API key for writes: what the command line's JSON is held to. (Named
/// by one of the API assembly's public types, as the command line has a Program of its own.)
/// </summary>
public sealed class ApiInProcess : WebApplicationFactory<TransitOpt.Api.Contracts.Routes.RouteResponse>
{
    public const string Key = "cli-tests-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", CliRun.BundledData);
        builder.UseSetting("Scenarios:Directory", Directory.CreateTempSubdirectory("transitopt-scenarios-").FullName);
        builder.UseSetting("Jobs:Directory", Directory.CreateTempSubdirectory("transitopt-jobs-").FullName);
        builder.UseSetting("Auth:ApiKeys:0", Key);
    }
}
