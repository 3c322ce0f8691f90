using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Caching;
using TransitOpt.Api.Contracts.Json;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Hosting;

/// <summary>One extension per concern, so Program.cs reads as a table of contents.</summary>
internal static class ServiceSetup
{
    public static void AddTransitOptOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<JsonOptions>(options => WireJson.Configure(options.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    public static void AddTransitOptNetwork(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(sp => NetworkState.Load(sp.GetRequiredService<IOptions<DataOptions>>().Value.ResolvedDirectory));

    /// <summary>HybridCache: memory first; Redis second when <c>ConnectionStrings:Redis</c> is set.</summary>
    public static void AddTransitOptCaching(this WebApplicationBuilder builder)
    {
        if (builder.AddTransitOptRedis())
        {
            // The raw Redis cache answers the readiness check; the cache layers use it through the fail-soft wrapper.
            builder.Services.AddSingleton(sp => new RedisCache(Microsoft.Extensions.Options.Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>()),
                InstanceName = "transitopt:",
            })));
            builder.Services.AddSingleton<IDistributedCache>(sp => new ResilientDistributedCache(
                sp.GetRequiredService<RedisCache>(), sp.GetRequiredService<ILogger<ResilientDistributedCache>>(), sp.GetRequiredService<TimeProvider>()));
        }

        var caching = builder.Configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        builder.Services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            Expiration = TimeSpan.FromMinutes(caching.RouteMinutes),
            LocalCacheExpiration = TimeSpan.FromMinutes(caching.LocalMinutes),
        });
    }
}
