using System.Collections.Concurrent;
using System.ComponentModel;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;
using TransitOpt.Network;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Api.Plans;

/// <summary>Where a plan job stands.</summary>
public enum PlanJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>A plan job as <c>GET /api/v1/plans/{id}</c> shows it.</summary>
public sealed record PlanJob(
    [property: Description("The job id.")] string Id,
    [property: Description("queued, running, succeeded or failed.")] PlanJobStatus Status,
    [property: Description("Shipments in the job.")] int Shipments,
    [property: Description("When it was accepted.")] DateTimeOffset Submitted,
    [property: Description("When the solver started it.")] DateTimeOffset? Started,
    [property: Description("When it ended.")] DateTimeOffset? Finished,
    [property: Description("Why it failed, when it did.")] string? Error,
    [property: Description("The plan, once succeeded.")] PlanResult? Result);

/// <summary>
/// Accepted plan jobs and the queue the worker takes them from. A job is never dropped silently: it ends succeeded or
/// failed, and jobs still queued or running when the service stops are marked failed with the reason. Memory is
/// bounded: at most <see cref="LimitsOptions.QueuedPlanJobs"/> wait (a submission beyond is refused, never queued and
/// lost), and a finished job is forgotten <see cref="LimitsOptions.FinishedJobMinutes"/> after it ended.
/// </summary>
public sealed class PlanJobs(TimeProvider time, IOptions<LimitsOptions> limits)
{
    private readonly ConcurrentDictionary<string, PlanJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<(string Id, TransitNetwork Network, PlanProblem Problem, PlanOptions Options)> _queue =
        Channel.CreateBounded<(string, TransitNetwork, PlanProblem, PlanOptions)>(new BoundedChannelOptions(limits.Value.QueuedPlanJobs) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<(string Id, TransitNetwork Network, PlanProblem Problem, PlanOptions Options)> Queue => _queue.Reader;

    /// <summary>Queues a job, or null when the queue is full (the caller answers 503 and nothing is accepted).</summary>
    public PlanJob? Submit(TransitNetwork network, PlanProblem problem, PlanOptions options)
    {
        ForgetExpired();
        var job = new PlanJob(Guid.NewGuid().ToString("n"), PlanJobStatus.Queued, problem.Shipments.Count, time.GetUtcNow(), null, null, null, null);
        _jobs[job.Id] = job;
        if (_queue.Writer.TryWrite((job.Id, network, problem, options)))
        {
            return job;
        }

        _jobs.TryRemove(job.Id, out _);
        return null;
    }

    public PlanJob? Find(string id)
    {
        ForgetExpired();
        return _jobs.GetValueOrDefault(id);
    }

    /// <summary>Jobs known now (queued, running, or finished within the retention).</summary>
    public int Count => _jobs.Count;

    private void ForgetExpired()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(limits.Value.FinishedJobMinutes);
        foreach (var job in _jobs.Values.Where(j => j.Finished is { } finished && finished < cutoff))
        {
            _jobs.TryRemove(job.Id, out _);
        }
    }

    public void Start(string id) => Update(id, j => j with { Status = PlanJobStatus.Running, Started = time.GetUtcNow() });

    public void Succeed(string id, PlanResult result) => Update(id, j => j with { Status = PlanJobStatus.Succeeded, Finished = time.GetUtcNow(), Result = result });

    public void Fail(string id, string error) => Update(id, j => j with { Status = PlanJobStatus.Failed, Finished = time.GetUtcNow(), Error = error });

    /// <summary>Closes the queue and fails every job not finished.</summary>
    public void FailUnfinished(string reason)
    {
        _queue.Writer.TryComplete();
        foreach (var job in _jobs.Values.Where(j => j.Status is PlanJobStatus.Queued or PlanJobStatus.Running))
        {
            Fail(job.Id, reason);
        }
    }

    private void Update(string id, Func<PlanJob, PlanJob> change) => _jobs.AddOrUpdate(id, _ => throw new KeyNotFoundException(id), (_, job) => change(job));
}
