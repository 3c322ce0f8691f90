using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Plans;

/// <summary>
/// Accepted plan and evaluation jobs in one process (no Redis) and the queue its worker takes them from. A job is never dropped silently: it ends
/// succeeded or failed, and its record is kept in <see cref="FileJobStore"/>, so a job accepted before a crash or
/// restart is queued again at start. Memory is bounded: at most <see cref="LimitsOptions.QueuedPlanJobs"/> wait (a
/// submission beyond is refused, never queued and lost), and a finished job is forgotten
/// <see cref="LimitsOptions.FinishedJobMinutes"/> after it ended.
/// </summary>
internal sealed class LocalPlanJobs : IPlanJobs
{
    private readonly ConcurrentDictionary<string, JobRecord> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PlanJob>> _finished = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly Lock _transitions = new();
    private readonly Channel<JobWork> _queue;
    private readonly TimeProvider _time;
    private readonly IOptions<LimitsOptions> _limits;
    private readonly FileJobStore _store;

    public LocalPlanJobs(TimeProvider time, IOptions<LimitsOptions> limits, FileJobStore store)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(store);
        (_time, _limits, _store) = (time, limits, store);
        _queue = Channel.CreateBounded<JobWork>(new BoundedChannelOptions(limits.Value.QueuedPlanJobs) { FullMode = BoundedChannelFullMode.Wait });
        foreach (var record in store.LoadAll().OrderBy(r => r.Job.Submitted))
        {
            Restore(record);
        }
    }

    public Task<PlanJob?> SubmitAsync(JobRequest request) => Task.FromResult(Submit(request));

    public Task<PlanJob?> FindAsync(string id) => Task.FromResult(Find(id));

    public Task<PlanJob?> CancelAsync(string id) => Task.FromResult(Cancel(id));

    public async Task WaitForWorkAsync(CancellationToken stopping) => await _queue.Reader.WaitToReadAsync(stopping);

    public Task<IJobLease?> TryNextAsync(CancellationToken stopping)
    {
        while (_queue.Reader.TryRead(out var work))
        {
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            if (Start(work.Id, cancellation))
            {
                return Task.FromResult<IJobLease?>(new LocalJobLease(this, work.Id, work.Request, cancellation));
            }

            cancellation.Dispose();
        }

        return Task.FromResult<IJobLease?>(null);
    }

    private PlanJob? Submit(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ForgetExpired();
        var job = new PlanJob(Guid.NewGuid().ToString("n"), PlanJobStatus.Queued, request.Problem?.Shipments.Count ?? 0, _time.GetUtcNow(), null, null, null, null) { Kind = request.Kind };
        var record = new JobRecord(job, request);
        _jobs[job.Id] = record;
        _store.Save(record);
        if (!_queue.Writer.TryWrite(new JobWork(job.Id, request)))
        {
            _jobs.TryRemove(job.Id, out _);
            _store.Delete(job.Id);
            return null;
        }

        return job;
    }

    /// <summary>A record found at start: finished jobs are readable again, unfinished ones run again.</summary>
    private void Restore(JobRecord record)
    {
        if (record.Job.Finished is not null)
        {
            _jobs[record.Job.Id] = record;
            return;
        }

        var queued = record with { Job = record.Job with { Status = PlanJobStatus.Queued, Started = null } };
        _jobs[queued.Job.Id] = queued;
        if (!_queue.Writer.TryWrite(new JobWork(queued.Job.Id, queued.Request)))
        {
            Fail(queued.Job.Id, "the job queue was full when the service restarted; submit the job again");
        }
    }

    private PlanJob? Find(string id)
    {
        ForgetExpired();
        return _jobs.TryGetValue(id, out var record) ? record.Job : null;
    }

    private void ForgetExpired()
    {
        var cutoff = _time.GetUtcNow() - TimeSpan.FromMinutes(_limits.Value.FinishedJobMinutes);
        foreach (var record in _jobs.Values.Where(r => r.Job.Finished is { } finished && finished < cutoff))
        {
            _jobs.TryRemove(record.Job.Id, out _);
            _store.Delete(record.Job.Id);
        }
    }

    /// <summary>
    /// Marks a queued job running, with the source that cancels it on DELETE; false when it was cancelled while it
    /// waited (the worker skips it).
    /// </summary>
    private bool Start(string id, CancellationTokenSource cancellation)
    {
        lock (_transitions)
        {
            if (!_jobs.TryGetValue(id, out var record) || record.Job.Status != PlanJobStatus.Queued)
            {
                return false;
            }

            _running[id] = cancellation;
            Update(id, j => j with { Status = PlanJobStatus.Running, Started = _time.GetUtcNow() });
            return true;
        }
    }

    /// <summary>The worker stopped a running job before it ended: queued again, for the next start to run.</summary>
    private void Requeued(string id)
    {
        lock (_transitions)
        {
            Update(id, j => j.Status == PlanJobStatus.Running ? j with { Status = PlanJobStatus.Queued, Started = null, Progress = null } : j);
        }
    }

    /// <summary>The worker is done with a job (whatever its end).</summary>
    private void Stopped(string id) => _running.TryRemove(id, out _);

    private PlanJob? Cancel(string id)
    {
        lock (_transitions)
        {
            if (!_jobs.TryGetValue(id, out var record))
            {
                return null;
            }

            if (record.Job.Status == PlanJobStatus.Queued)
            {
                Cancelled(id);
            }
            else if (record.Job.Status == PlanJobStatus.Running && _running.TryGetValue(id, out var running))
            {
                running.Cancel();
            }

            return _jobs[id].Job;
        }
    }

    private void Cancelled(string id) =>
        Update(id, j => j with { Status = PlanJobStatus.Cancelled, Finished = _time.GetUtcNow(), Error = "cancelled by DELETE /api/v1/plans/{id}", Progress = null });

    private void Succeed(string id, JobOutcome outcome) =>
        Update(id, j => j with { Status = PlanJobStatus.Succeeded, Finished = _time.GetUtcNow(), Result = outcome.Plan, Comparison = outcome.Comparison, Progress = null });

    private void Fail(string id, string error) => Update(id, j => j with { Status = PlanJobStatus.Failed, Finished = _time.GetUtcNow(), Error = error, Progress = null });

    /// <summary>Stops taking jobs: the queued and running ones stay in the store and run again at the next start.</summary>
    public void Close() => _queue.Writer.TryComplete();

    public async Task<PlanJob?> WaitAsync(string id, TimeSpan wait, CancellationToken cancellation)
    {
        var job = Find(id);
        if (job is null || job.Finished is not null || wait <= TimeSpan.Zero)
        {
            return job;
        }

        var finished = _finished.GetOrAdd(id, _ => new TaskCompletionSource<PlanJob>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Find(id) is { Finished: not null } done)
        {
            return done;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        await Task.WhenAny(finished.Task, Task.Delay(wait, _time, timeout.Token));
        await timeout.CancelAsync();
        return Find(id);
    }

    private void Update(string id, Func<PlanJob, PlanJob> change)
    {
        var record = _jobs.AddOrUpdate(id, _ => throw new KeyNotFoundException(id), (_, old) => old with { Job = change(old.Job) });
        _store.Save(record);
        var job = record.Job;
        if (job.Finished is not null && _finished.TryRemove(id, out var waiting))
        {
            waiting.TrySetResult(job);
        }
    }

    /// <summary>A job this process's worker runs; disposing it forgets its cancellation source.</summary>
    private sealed class LocalJobLease(LocalPlanJobs jobs, string id, JobRequest request, CancellationTokenSource cancellation) : IJobLease
    {
        public string Id => id;

        public JobRequest Request => request;

        public CancellationToken Cancellation => cancellation.Token;

        public void Report(JobProgress progress) =>
            jobs.Update(id, j => j.Status == PlanJobStatus.Running ? j with { Progress = progress } : j);

        public Task SucceedAsync(JobOutcome outcome)
        {
            jobs.Succeed(id, outcome);
            return Task.CompletedTask;
        }

        public Task FailAsync(string error)
        {
            jobs.Fail(id, error);
            return Task.CompletedTask;
        }

        public Task CancelledAsync()
        {
            jobs.Cancelled(id);
            return Task.CompletedTask;
        }

        public Task ReleaseAsync()
        {
            jobs.Requeued(id);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            jobs.Stopped(id);
            cancellation.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
