using Microsoft.Extensions.Caching.Distributed;

namespace TransitOpt.Api.Caching;

/// <summary>
/// The Redis second level, made to fail soft: when Redis errors or times out the call is logged and treated as a miss
/// (reads) or skipped (writes), and Redis is left alone for a few seconds before it is tried again. HybridCache then
/// keeps serving from memory and the solver, and caching resumes by itself when Redis is back.
/// </summary>
internal sealed partial class ResilientDistributedCache(IDistributedCache inner, ILogger<ResilientDistributedCache> logger, TimeProvider time) : IDistributedCache
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private long _pausedUntilTicks;

    public byte[]? Get(string key) => Try(() => inner.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => TryAsync(() => inner.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { inner.Set(key, value, options); return (byte[]?)null; });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await inner.SetAsync(key, value, options, token); return (byte[]?)null; }, null);

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return (byte[]?)null; });

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        TryAsync(async () => { await inner.RefreshAsync(key, token); return (byte[]?)null; }, null);

    public void Remove(string key) => Try(() => { inner.Remove(key); return (byte[]?)null; });

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        TryAsync(async () => { await inner.RemoveAsync(key, token); return (byte[]?)null; }, null);

    private bool Paused => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    private byte[]? Try(Func<byte[]?> call)
    {
        if (Paused)
        {
            return null;
        }

        try
        {
            return call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception);
            return null;
        }
    }

    private async Task<byte[]?> TryAsync(Func<Task<byte[]?>> call, byte[]? fallback)
    {
        if (Paused)
        {
            return fallback;
        }

        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception);
            return fallback;
        }
    }

    private void Fail(Exception exception)
    {
        Interlocked.Exchange(ref _pausedUntilTicks, (time.GetUtcNow() + Pause).UtcTicks);
        LogRedisFailed(logger, Pause.TotalSeconds, exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Redis cache failed; serving from memory and leaving Redis alone for {Seconds} s")]
    private static partial void LogRedisFailed(ILogger logger, double seconds, Exception exception);
}
