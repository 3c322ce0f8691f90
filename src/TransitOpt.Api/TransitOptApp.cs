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
}
