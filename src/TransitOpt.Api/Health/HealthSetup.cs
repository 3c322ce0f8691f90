using Microsoft.Extensions.Diagnostics.HealthChecks;
using TransitOpt.Api.Hosting;

namespace TransitOpt.Api.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (data loaded; Redis reachable if configured).</summary>
internal static class HealthSetup
{
    public static void AddTransitOptHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<DataHealthCheck>("data", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            checks.AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        }
    }

    public static void MapTransitOptHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).WithName("Live");
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).WithName("Ready");
    }
}

/// <summary>Ready when the network is loaded.</summary>
internal sealed class DataHealthCheck(NetworkState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"network {state.Network.Version}: {state.Network.Places.Length} places"));
}
