using TransitOpt.Api.Health;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Problems;
using TransitOpt.Api.Scenarios;

namespace TransitOpt.Api;

/// <summary>The whole service, built the same way by Program.cs and by <c>transitopt serve</c>: a table of contents.</summary>
public static class TransitOptApp
{
    public static WebApplication Build(string[] args)
    {
        ThreadReserve.Ensure();
        var builder = WebApplication.CreateBuilder(args);

        builder.AddTransitOptOptions();
        builder.AddTransitOptTelemetry();
        builder.AddTransitOptNetwork();
        builder.AddTransitOptCaching();
        builder.AddTransitOptProblems();
        builder.AddTransitOptOpenApi();
        builder.AddTransitOptHealth();
        builder.AddTransitOptLimits();
        builder.AddTransitOptScenarios();
        builder.AddTransitOptEndpoints();

        var app = builder.Build();

        app.UseTransitOptProblems();
        app.UseTransitOptRequestSizeLimit();
        app.UseTransitOptWorkbench();
        app.UseTransitOptLimits();
        app.UseTransitOptApiKeys();
        app.MapTransitOptOpenApi();
        app.MapTransitOptHealth();
        app.MapTransitOptApi();
        return app;
    }

    /// <summary>
    /// A solver worker (<c>transitopt worker</c>): the job loop against the Redis of <c>ConnectionStrings:Redis</c>,
    /// with only <c>/health/live</c> and <c>/health/ready</c> served (for probes), no API.
    /// </summary>
    public static WebApplication BuildWorker(string[] args)
    {
        ThreadReserve.Ensure();
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            throw new InvalidOperationException("a worker takes its jobs from Redis: set ConnectionStrings__Redis (the same server as the API's)");
        }

        builder.Configuration["Jobs:RunWorker"] = "true";
        builder.AddTransitOptOptions();
        builder.AddTransitOptTelemetry();
        builder.AddTransitOptNetwork();
        builder.AddTransitOptCaching();
        builder.AddTransitOptHealth();
        builder.AddTransitOptLimits();
        builder.AddTransitOptScenarios();

        var app = builder.Build();
        app.MapTransitOptHealth();
        return app;
    }
}
