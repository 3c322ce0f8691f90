using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Plans;

/// <summary>
/// Plan and evaluation jobs on Redis, shared by every API instance and worker process. A job's record is a hash
/// <c>transitopt:job:{id}</c> (status, the job as clients see it, its request, its stream entry, a cancel flag); a
/// finished record expires after <see cref="LimitsOptions.FinishedJobMinutes"/>. Submitting adds an entry to the stream
/// <c>transitopt:jobs</c>; workers read it in the consumer group <c>workers</c>, each as a consumer of its own, and
/// hold a job by renewing its pending entry (<see cref="RedisJobLease"/>). An entry left idle for
/// <see cref="JobsOptions.LeaseSeconds"/> (its worker died) is claimed by another worker and run again; after
/// <see cref="JobsOptions.MaxDeliveries"/> deliveries the job ends failed with the reason. An entry is acknowledged
/// and deleted when its job ends, so the stream holds only queued and running jobs.
/// </summary>
internal sealed partial class RedisPlanJobs(
    IConnectionMultiplexer redis, TimeProvider time, IOptions<LimitsOptions> limits, IOptions<JobsOptions> options, ILogger<RedisPlanJobs> logger) : IPlanJobs
{
    private static readonly RedisKey Stream = "transitopt:jobs";
    private static readonly RedisChannel CancelChannel = RedisChannel.Literal("transitopt:jobs:cancel");
    private static readonly RedisChannel FinishedChannel = RedisChannel.Literal("transitopt:jobs:finished");
    private const string Group = "workers";

    /// <summary>Longest wait between two looks at a job while long polling (a missed finish message costs at most this).</summary>
    private static readonly TimeSpan PollWhileWaiting = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RedisJobLease> _running = new(StringComparer.Ordinal);
    private int _subscribed;

    private IDatabase Db => redis.GetDatabase();

    private static RedisKey KeyOf(string id) => $"transitopt:job:{id}";

    public async Task<PlanJob?> SubmitAsync(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await Db.StreamLengthAsync(Stream) >= limits.Value.QueuedPlanJobs)
        {
            return null;
        }

        var job = new PlanJob(Guid.NewGuid().ToString("n"), PlanJobStatus.Queued, request.Problem?.Shipments.Count ?? 0, time.GetUtcNow(), null, null, null, null) { Kind = request.Kind };
        var key = KeyOf(job.Id);
        var transaction = Db.CreateTransaction();
        _ = transaction.HashSetAsync(key, [new("status", Name(job.Status)), new("job", Serialize(job)), new("request", JsonSerializer.Serialize(request, JobJson.Options))]);
        var entry = transaction.StreamAddAsync(Stream, "id", job.Id);
        await transaction.ExecuteAsync();

        // The entry is noted so that a cancel takes the job off the stream at once (without it, the worker drops it).
        await Db.HashSetAsync(key, "entry", await entry);
        return job;
    }

    public async Task<PlanJob?> FindAsync(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var stored = await Db.HashGetAsync(KeyOf(id), ["job", "progress"]);
        if (stored[0].IsNullOrEmpty)
        {
            return null;
        }

        var job = JsonSerializer.Deserialize<PlanJob>(stored[0].ToString(), JobJson.Options)!;
        if (job.Status == PlanJobStatus.Running && !stored[1].IsNullOrEmpty)
        {
            job = job with { Progress = JsonSerializer.Deserialize<JobProgress>(stored[1].ToString(), JobJson.Options) };
        }

        return job.Finished is { } finished && finished < time.GetUtcNow() - Retention ? null : job;
    }

    public async Task<PlanJob?> WaitAsync(string id, TimeSpan wait, CancellationToken cancellation)
    {
        if (wait <= TimeSpan.Zero)
        {
            return await FindAsync(id);
        }

        await SubscribeAsync();
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            // Registered before looking, so that a finish message arriving after the look is not missed.
            var finished = _finished.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            var job = await FindAsync(id);
            var left = deadline - time.GetUtcNow();
            if (job is not { Finished: null } || left <= TimeSpan.Zero)
            {
                return job;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            await Task.WhenAny(finished.Task, Task.Delay(left < PollWhileWaiting ? left : PollWhileWaiting, time, timeout.Token));
            await timeout.CancelAsync();
            cancellation.ThrowIfCancellationRequested();
        }
    }

    public async Task<PlanJob?> CancelAsync(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = KeyOf(id);
        while (await FindAsync(id) is { } job)
        {
            if (job.Status == PlanJobStatus.Running)
            {
                await Db.HashSetAsync(key, "cancel", 1);
                await Db.PublishAsync(CancelChannel, id);
                return job;
            }

            if (job.Status != PlanJobStatus.Queued)
            {
                return job;
            }

            var cancelled = Cancelled(job);
            var entry = await Db.HashGetAsync(key, "entry");
            var transaction = Db.CreateTransaction();
            transaction.AddCondition(Condition.HashEqual(key, "status", Name(PlanJobStatus.Queued)));
            _ = Finish(transaction, key, cancelled);
            if (!entry.IsNullOrEmpty)
            {
                _ = transaction.StreamDeleteAsync(Stream, [entry]);
            }

            if (await transaction.ExecuteAsync())
            {
                await Db.PublishAsync(FinishedChannel, id);
                return cancelled;
            }

            // A worker started it meanwhile: look again (it is running now).
        }

        return null;
    }

    private TimeSpan Retention => TimeSpan.FromMinutes(limits.Value.FinishedJobMinutes);

    private Task Finish(ITransaction transaction, RedisKey key, PlanJob ended)
    {
        _ = transaction.HashSetAsync(key, [new("status", Name(ended.Status)), new("job", Serialize(ended))]);
        _ = transaction.HashDeleteAsync(key, ["request", "cancel", "entry"]);
        return transaction.KeyExpireAsync(key, Retention);
    }

    /// <summary>Cancel requests reach the worker running the job; finish messages end long polls at once.</summary>
    private async Task SubscribeAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        try
        {
            var subscriber = redis.GetSubscriber();
            await subscriber.SubscribeAsync(CancelChannel, (_, id) =>
            {
                if (_running.TryGetValue(id.ToString(), out var lease))
                {
                    lease.Cancel();
                }
            });
            await subscriber.SubscribeAsync(FinishedChannel, (_, id) =>
            {
                if (_finished.TryRemove(id.ToString(), out var waiting))
                {
                    waiting.TrySetResult();
                }
            });
            Volatile.Write(ref _subscribed, 1);
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // Long polls and cancellation fall back to looking at the record; the next call subscribes again.
            LogRedisUnavailable(logger, exception);
        }
    }

    private static string Serialize(PlanJob job) => JsonSerializer.Serialize(job, JobJson.Options);

    private static string Name(PlanJobStatus status) => status.ToString().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer the job queue; trying again")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);
}
