using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
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
public sealed partial class RedisPlanJobs(
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
    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():n}"[..^24];
    private int _subscribed;
    private volatile bool _grouped;

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
        var stored = await Db.HashGetAsync(KeyOf(id), "job");
        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        var job = JsonSerializer.Deserialize<PlanJob>(stored.ToString(), JobJson.Options)!;
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

    /// <summary>Waits one poll interval (workers look for new and abandoned entries at that pace).</summary>
    public Task WaitForWorkAsync(CancellationToken stopping) => Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time, stopping);

    public async Task<IJobLease?> TryNextAsync(CancellationToken stopping)
    {
        await SubscribeAsync();
        try
        {
            await EnsureGroupAsync();
            while ((await ReclaimAsync() ?? await ReadNewAsync()) is { } entry)
            {
                if (await StartAsync(entry, stopping) is { } lease)
                {
                    return lease;
                }
            }
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // A Redis restarted without its data has lost the group too: make it again at the next look.
            if (exception.Message.Contains("NOGROUP", StringComparison.Ordinal))
            {
                _grouped = false;
            }

            LogRedisUnavailable(logger, exception);
        }

        return null;
    }

    /// <summary>The stream outlives this process: nothing to close.</summary>
    public void Close()
    {
    }

    private TimeSpan Retention => TimeSpan.FromMinutes(limits.Value.FinishedJobMinutes);

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    private async Task EnsureGroupAsync()
    {
        if (_grouped)
        {
            return;
        }

        try
        {
            await Db.StreamCreateConsumerGroupAsync(Stream, Group, "0-0", createStream: true);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists already (made by another worker).
        }

        // Each worker process is a consumer of its own: forget those of processes gone long ago that hold no job
        // (a live one idle that long comes back by itself at its next read), so the group does not grow forever.
        foreach (var consumer in await Db.StreamConsumerInfoAsync(Stream, Group))
        {
            if (consumer.PendingMessageCount == 0 && consumer.IdleTimeInMilliseconds > ForgottenConsumerMilliseconds)
            {
                await Db.StreamDeleteConsumerAsync(Stream, Group, consumer.Name);
            }
        }

        _grouped = true;
    }

    /// <summary>A consumer idle this long with no pending job is forgotten (a day).</summary>
    private const long ForgottenConsumerMilliseconds = 24 * 60 * 60 * 1000;

    /// <summary>An entry whose worker stopped renewing it for a lease, now claimed by this worker; or null.</summary>
    private async Task<StreamEntry?> ReclaimAsync()
    {
        var claimed = await Db.StreamAutoClaimAsync(Stream, Group, _consumer, (long)Lease.TotalMilliseconds, "0-0", 1);
        if (claimed.ClaimedEntries is not [var entry, ..])
        {
            return null;
        }

        var pending = await Db.StreamPendingMessagesAsync(Stream, Group, 1, _consumer, entry.Id, entry.Id);
        var deliveries = pending is [var info, ..] ? info.DeliveryCount : 0;
        if (deliveries <= options.Value.MaxDeliveries)
        {
            LogReclaimed(logger, entry["id"].ToString(), deliveries);
            return entry;
        }

        var id = entry["id"].ToString();
        if (await FindAsync(id) is { Finished: null } job)
        {
            var error = $"the job was given to {deliveries - 1} workers in turn and none finished it (each stopped or died while running it, e.g. out of memory); it is not tried again";
            await EndAsync(id, entry.Id, job with { Status = PlanJobStatus.Failed, Finished = time.GetUtcNow(), Error = error });
        }
        else
        {
            await DropAsync(entry.Id);
        }

        return null;
    }

    private async Task<StreamEntry?> ReadNewAsync() =>
        await Db.StreamReadGroupAsync(Stream, Group, _consumer, StreamPosition.NewMessages, 1) is [var entry, ..] ? entry : null;

    /// <summary>Marks the entry's job running and holds it; null when there is nothing to run (cancelled, expired, gone).</summary>
    private async Task<RedisJobLease?> StartAsync(StreamEntry entry, CancellationToken stopping)
    {
        var id = entry["id"];
        if (id.IsNullOrEmpty)
        {
            await DropAsync(entry.Id);
            return null;
        }

        var key = KeyOf(id.ToString());
        var fields = await Db.HashGetAsync(key, ["status", "job", "request", "cancel"]);
        if (fields[0].IsNullOrEmpty || fields[2].IsNullOrEmpty || (fields[0] != Name(PlanJobStatus.Queued) && fields[0] != Name(PlanJobStatus.Running)))
        {
            await DropAsync(entry.Id);
            return null;
        }

        var job = JsonSerializer.Deserialize<PlanJob>(fields[1].ToString(), JobJson.Options)!;
        if (!fields[3].IsNullOrEmpty)
        {
            await EndAsync(job.Id, entry.Id, Cancelled(job));
            return null;
        }

        var request = JsonSerializer.Deserialize<JobRequest>(fields[2].ToString(), JobJson.Options)!;
        var running = job with { Status = PlanJobStatus.Running, Started = time.GetUtcNow() };
        var transaction = Db.CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(key, "status", fields[0]));
        _ = transaction.HashSetAsync(key, [new("status", Name(running.Status)), new("job", Serialize(running))]);
        if (!await transaction.ExecuteAsync())
        {
            // Cancelled between the read and the start: the next look drops it.
            return await StartAsync(entry, stopping);
        }

        var lease = new RedisJobLease(this, job.Id, entry.Id, request, running, time, Lease / 3, logger, stopping);
        _running[job.Id] = lease;
        return lease;
    }

    /// <summary>Keeps this worker's hold on an entry (resets its idle time); false when another worker has taken it.</summary>
    internal async Task<bool> RenewAsync(RedisValue entry)
    {
        var pending = await Db.StreamPendingMessagesAsync(Stream, Group, 1, RedisValue.Null, entry, entry);
        if (pending is not [var info, ..] || info.ConsumerName != _consumer)
        {
            return false;
        }

        await Db.StreamClaimIdsOnlyAsync(Stream, Group, _consumer, 0, [entry]);
        return true;
    }

    internal async Task<bool> CancelRequestedAsync(string id) => !(await Db.HashGetAsync(KeyOf(id), "cancel")).IsNullOrEmpty;

    /// <summary>Writes how the job ended, lets its entry go, and tells long polls on every instance.</summary>
    internal async Task EndAsync(string id, RedisValue entry, PlanJob ended)
    {
        var transaction = Db.CreateTransaction();
        _ = Finish(transaction, KeyOf(id), ended);
        _ = transaction.StreamAcknowledgeAsync(Stream, Group, entry);
        _ = transaction.StreamDeleteAsync(Stream, [entry]);
        await transaction.ExecuteAsync();
        await Db.PublishAsync(FinishedChannel, id);
    }

    internal void Released(string id) => _running.TryRemove(id, out _);

    internal PlanJob Cancelled(PlanJob job) =>
        job with { Status = PlanJobStatus.Cancelled, Finished = time.GetUtcNow(), Error = "cancelled by DELETE /api/v1/plans/{id}" };

    private async Task DropAsync(RedisValue entry)
    {
        await Db.StreamAcknowledgeAsync(Stream, Group, entry);
        await Db.StreamDeleteAsync(Stream, [entry]);
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} taken over from a worker that stopped renewing it (delivery {Delivery})")]
    private static partial void LogReclaimed(ILogger logger, string jobId, int delivery);
}
