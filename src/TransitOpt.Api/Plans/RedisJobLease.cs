using StackExchange.Redis;
using TransitOpt.Api.Contracts.Jobs;

namespace TransitOpt.Api.Plans;

/// <summary>
/// A worker's hold on a Redis job: every <c>renewEvery</c> it renews the job's pending entry (so no other worker takes
/// it over) and looks at the job's cancel flag (in case the cancel message was missed). When another worker has taken
/// the job (this one was too slow to renew), the run is stopped and this worker writes nothing: the other one ends it.
/// </summary>
internal sealed partial class RedisJobLease : IJobLease
{
    private readonly RedisPlanJobs _jobs;
    private readonly RedisValue _entry;
    private readonly PlanJob _running;
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationTokenSource _renewal = new();
    private readonly Task _renewing;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private volatile bool _lost;

    public RedisJobLease(
        RedisPlanJobs jobs, string id, RedisValue entry, JobRequest request, PlanJob running, TimeProvider time, TimeSpan renewEvery, ILogger logger, CancellationToken stopping)
    {
        (_jobs, Id, _entry, Request, _running, _logger, _time) = (jobs, id, entry, request, running, logger, time);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _renewing = RenewAsync(time, renewEvery, _renewal.Token);
    }

    public string Id { get; }

    public JobRequest Request { get; }

    public CancellationToken Cancellation => _cancellation.Token;

    /// <summary>A cancel message for this job arrived.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job ended as the message arrived.
        }
    }

    public void Report(JobProgress progress) => _jobs.Report(Id, progress);

    public Task SucceedAsync(JobOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return EndAsync(_running with
        {
            Status = PlanJobStatus.Succeeded, Finished = _time.GetUtcNow(), Result = outcome.Plan, Comparison = outcome.Comparison,
        });
    }

    public Task FailAsync(string error) => EndAsync(_running with { Status = PlanJobStatus.Failed, Finished = _time.GetUtcNow(), Error = error });

    public Task CancelledAsync() => EndAsync(_jobs.Cancelled(_running));

    public async Task ReleaseAsync()
    {
        // No renewal may run after the release: it would make the entry busy again.
        await _renewal.CancelAsync();
        await _renewing;
        if (!_lost)
        {
            await _jobs.ReleaseAsync(Id, _entry, _running);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Released(Id);
        await _renewal.CancelAsync();
        await _renewing;
        _renewal.Dispose();
        _cancellation.Dispose();
    }

    private Task EndAsync(PlanJob ended) => _lost ? Task.CompletedTask : _jobs.EndAsync(Id, _entry, ended);

    private async Task RenewAsync(TimeProvider time, TimeSpan every, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, stop);
                try
                {
                    if (!await _jobs.RenewAsync(_entry))
                    {
                        _lost = true;
                        LogLost(_logger, Id);
                        await _cancellation.CancelAsync();
                        return;
                    }

                    if (await _jobs.CancelRequestedAsync(Id))
                    {
                        await _cancellation.CancelAsync();
                    }
                }
                catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
                {
                    // Redis is away: keep solving and renew at the next tick (if the lease runs out meanwhile, another
                    // worker takes the job over and this one notices then).
                    LogRenewFailed(_logger, Id, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job ended.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} was taken over by another worker; this one stops it")]
    private static partial void LogLost(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the hold on plan job {JobId}")]
    private static partial void LogRenewFailed(ILogger logger, string jobId, Exception exception);
}
