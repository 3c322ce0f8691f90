using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using TransitOpt.Api.Contracts.Json;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Network;

namespace TransitOpt.Api.Caching;

/// <summary>
/// What the cache holds for a route request, as bytes so that a hit is written out without deserialising and
/// serialising again: the JSON body of the answer, or the reason there is no route.
/// </summary>
internal static class CachedRoute
{
    private const byte Found = (byte)'R';
    private const byte None = (byte)'N';

    public static byte[] Of(RouteResponse response) => [Found, .. System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(response, WireJson.Options)];

    public static byte[] NoRoute(string reason) => [None, .. Encoding.UTF8.GetBytes(reason)];

    /// <summary>The JSON body when the entry holds routes.</summary>
    public static bool TryGetBody(byte[] entry, out ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(entry);
        body = entry.AsMemory(1);
        return entry[0] == Found;
    }

    /// <summary>The reason when the entry holds no route.</summary>
    public static string Reason(byte[] entry) => Encoding.UTF8.GetString(entry, 1, entry.Length - 1);
}

/// <summary>
/// Route answers through HybridCache (memory first, Redis second when configured). The key holds the network version,
/// the scenario version and a hash of the canonical request, so an equal request hits and any data change misses;
/// the ETag is derived from the key, since equal keys give equal answers.
/// </summary>
internal sealed class RouteCache(HybridCache cache)
{
    /// <summary>The cache key of a canonical request on a network version and scenario.</summary>
    public static string Key(NetworkVersion network, string? scenarioVersion, string canonicalRequest) =>
        $"route:{network}:{scenarioVersion ?? "base"}:{Hash(canonicalRequest)}";

    /// <summary>A strong ETag for a cache key.</summary>
    public static string ETag(string key) => $"\"{Hash(key)}\"";

    /// <summary>The cached answer, computing it on a miss; <c>Hit</c> says which.</summary>
    public async Task<(byte[] Value, bool Hit)> GetOrCreateAsync(string key, Func<byte[]> compute, CancellationToken cancellation)
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
