using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TransitOpt.Api.Health;

/// <summary>Degraded (still serving from memory and the solver) when the Redis second level does not answer.</summary>
internal sealed class RedisHealthCheck(RedisCache redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await redis.GetAsync("transitopt:health", timeout.Token);
            return HealthCheckResult.Healthy("Redis answers");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("Redis does not answer; answers come from memory and the solver", exception);
        }
    }
}
