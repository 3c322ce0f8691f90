using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using TransitOpt.Api.Contracts;
using TransitOpt.Network;

namespace TransitOpt.Api.Caching;

/// <summary>What the cache holds for a route request: the answer, or why there is none.</summary>
/// <param name="Response">The routes, or null.</param>
/// <param name="NoRoute">Why no route satisfies the request, or null.</param>
public sealed record CachedRoute(RouteResponse? Response, string? NoRoute);

/// <summary>
/// Route answers through HybridCache (memory first, Redis second when configured). The key holds the network version,
/// the scenario version and a hash of the canonical request, so an equal request hits and any data change misses;
/// the ETag is derived from the key, since equal keys give equal answers.
/// </summary>
public sealed class RouteCache(HybridCache cache)
{
    /// <summary>The cache key of a canonical request on a network version and scenario.</summary>
    public static string Key(NetworkVersion network, string? scenarioVersion, string canonicalRequest) =>
        $"route:{network}:{scenarioVersion ?? "base"}:{Hash(canonicalRequest)}";

    /// <summary>A strong ETag for a cache key.</summary>
    public static string ETag(string key) => $"\"{Hash(key)}\"";

    /// <summary>The cached answer, computing it on a miss; <c>Hit</c> says which.</summary>
    public async Task<(CachedRoute Value, bool Hit)> GetOrCreateAsync(string key, Func<CachedRoute> compute, CancellationToken cancellation)
    {
        var computed = false;
        var value = await cache.GetOrCreateAsync(
            key,
            _ =>
            {
                computed = true;
                return ValueTask.FromResult(compute());
            },
            cancellationToken: cancellation);
        return (value, !computed);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
}
