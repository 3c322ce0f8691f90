using System.Text.Json;
using StackExchange.Redis;
using TransitOpt.Api.Contracts.Jobs;

namespace TransitOpt.Api.Plans;

/// <summary>
/// The worker's side of <see cref="RedisPlanJobs"/>: this process is the consumer <c>{host}-{pid}-{random}</c> of the
/// group <c>workers</c>; it takes abandoned entries (idle for a lease) before new ones, and ends a job that too many
/// workers died on.
/// </summary>
internal sealed partial class RedisPlanJobs
{
    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():n}"[..^24];
    private volatile bool _grouped;

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

    /// <summary>
    /// Keeps a running job's latest progress in a field of its own (fire and forget: the solver does not wait for
    /// Redis), so that it can never overwrite how the job ended.
    /// </summary>
    internal void Report(string id, JobProgress progress) =>
        Db.HashSet(KeyOf(id), "progress", JsonSerializer.Serialize(progress, JobJson.Options), flags: CommandFlags.FireAndForget);

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

    /// <summary>
    /// Gives back a job this worker stops before it ended: queued again (unless it ended meanwhile), and its entry made
    /// idle for a whole lease, so that the next worker to look takes it over at once. The delivery is not counted against
    /// <c>MaxDeliveries</c>: the job did not die with this worker.
    /// </summary>
    internal async Task ReleaseAsync(string id, RedisValue entry, PlanJob running)
    {
        var key = KeyOf(id);
        var transaction = Db.CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(key, "status", Name(PlanJobStatus.Running)));
        _ = transaction.HashSetAsync(key, [new("status", Name(PlanJobStatus.Queued)), new("job", Serialize(running with { Status = PlanJobStatus.Queued, Started = null }))]);
        _ = transaction.HashDeleteAsync(key, "progress");
        await transaction.ExecuteAsync();
        if (await Db.StreamPendingMessagesAsync(Stream, Group, 1, _consumer, entry, entry) is [var pending, ..])
        {
            // Raw XCLAIM: the client's StreamClaim has no IDLE or RETRYCOUNT.
            await Db.ExecuteAsync(
                "XCLAIM", Stream, Group, _consumer, 0, entry, "IDLE", (long)Lease.TotalMilliseconds, "RETRYCOUNT", Math.Max(0, pending.DeliveryCount - 1), "JUSTID");
        }

        LogReleased(logger, id);
    }

    internal PlanJob Cancelled(PlanJob job) =>
        job with { Status = PlanJobStatus.Cancelled, Finished = time.GetUtcNow(), Error = "cancelled by DELETE /api/v1/plans/{id}" };

    private async Task DropAsync(RedisValue entry)
    {
        await Db.StreamAcknowledgeAsync(Stream, Group, entry);
        await Db.StreamDeleteAsync(Stream, [entry]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan job {JobId} given back for another worker: this one is stopping")]
    private static partial void LogReleased(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} taken over from a worker that stopped renewing it (delivery {Delivery})")]
    private static partial void LogReclaimed(ILogger logger, string jobId, int delivery);
}
