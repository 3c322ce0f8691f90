using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace TransitOpt.Api.Hosting;

/// <summary>
/// One Redis connection for the cache and the scenario store, set to fail fast: while Redis is away a command fails at
/// once (no 5 s backlog), so requests fall back to memory or answer 503 within a second, and the multiplexer keeps
/// reconnecting in the background (start-up never fails because Redis is down).
/// </summary>
internal static class RedisSetup
{
    /// <summary>Connect, command and sync timeouts, in milliseconds.</summary>
    public const int TimeoutMilliseconds = 1000;

    /// <summary>The shared <see cref="IConnectionMultiplexer"/> when <c>ConnectionStrings:Redis</c> is set; false otherwise.</summary>
    public static bool AddTransitOptRedis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connection))
        {
            return false;
        }

        var options = ConfigurationOptions.Parse(connection);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = TimeoutMilliseconds;
        options.SyncTimeout = TimeoutMilliseconds;
        options.AsyncTimeout = TimeoutMilliseconds;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        builder.Services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        return true;
    }
}
