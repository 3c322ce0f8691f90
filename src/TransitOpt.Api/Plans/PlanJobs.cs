using System.Collections.Concurrent;
using System.ComponentModel;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;
using TransitOpt.Network;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Api.Plans;

/// <summary>Where a plan job stands.</summary>
public enum PlanJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>A plan or scenario-evaluation job as <c>GET /api/v1/plans/{id}</c> shows it.</summary>
public sealed record PlanJob(
    [property: Description("The job id.")] string Id,
    [property: Description("queued, running, succeeded or failed.")] PlanJobStatus Status,
    [property: Description("Shipments in the job.")] int Shipments,
    [property: Description("When it was accepted.")] DateTimeOffset Submitted,
    [property: Description("When the solver started it.")] DateTimeOffset? Started,
    [property: Description("When it ended.")] DateTimeOffset? Finished,
    [property: Description("Why it failed, when it did.")] string? Error,
    [property: Description("The plan, once a plan job succeeded.")] PlanResult? Result)
{
    [Description("plan, or evaluation (a scenario evaluation: two plans compared).")]
    public string Kind { get; init; } = "plan";

    [Description("The comparison, once an evaluation job succeeded.")]
    public ScenarioComparison? Comparison { get; init; }
}

/// <summary>What a job computes, run by the worker under the solver gate.</summary>
/// <param name="Id">The job.</param>
/// <param name="Run">The computation: a plan, or a scenario evaluation.</param>
public sealed record JobWork(string Id, Func<CancellationToken, JobOutcome> Run);

/// <summary>What a job produced.</summary>
/// <param name="Plan">The plan of a plan job.</param>
/// <param name="Comparison">The comparison of an evaluation job.</param>
/// <param name="SolveSeconds">Solver time.</param>
public sealed record JobOutcome(PlanResult? Plan, ScenarioComparison? Comparison, double SolveSeconds);

/// <summary>
/// Accepted plan jobs and the queue the worker takes them from. A job is never dropped silently: it ends succeeded or
/// failed, and jobs still queued or running when the service stops are marked failed with the reason. Memory is
/// bounded: at most <see cref="LimitsOptions.QueuedPlanJobs"/> wait (a submission beyond is refused, never queued and
/// lost), and a finished job is forgotten <see cref="LimitsOptions.FinishedJobMinutes"/> after it ended.
/// </summary>
public sealed class PlanJobs(TimeProvider time, IOptions<LimitsOptions> limits)
{
    private readonly ConcurrentDictionary<string, PlanJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PlanJob>> _finished = new(StringComparer.Ordinal);
    private readonly Channel<JobWork> _queue =
        Channel.CreateBounded<JobWork>(new BoundedChannelOptions(limits.Value.QueuedPlanJobs) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<JobWork> Queue => _queue.Reader;

    /// <summary>Queues a plan, or null when the queue is full (the caller answers 503 and nothing is accepted).</summary>
    public PlanJob? Submit(TransitNetwork network, PlanProblem problem, PlanOptions options) =>
        Enqueue("plan", problem.Shipments.Count, token =>
        {
            var result = new Planner(network).Plan(problem, options, token);
            return new JobOutcome(result, null, result.SolveSeconds);
        });

    /// <summary>Queues a scenario evaluation (two plans compared), or null when the queue is full.</summary>
    public PlanJob? SubmitEvaluation(TransitNetwork baseNetwork, TransitNetwork scenarioNetwork, Scenario scenario, PlanProblem problem, PlanOptions options) =>
        Enqueue("evaluation", problem.Shipments.Count, token =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var comparison = ScenarioEvaluator.Evaluate(baseNetwork, scenarioNetwork, scenario, problem, options, token);
            return new JobOutcome(null, comparison, clock.Elapsed.TotalSeconds);
        });

    private PlanJob? Enqueue(string kind, int shipments, Func<CancellationToken, JobOutcome> run)
    {
        ForgetExpired();
        var job = new PlanJob(Guid.NewGuid().ToString("n"), PlanJobStatus.Queued, shipments, time.GetUtcNow(), null, null, null, null) { Kind = kind };
        _jobs[job.Id] = job;
        if (_queue.Writer.TryWrite(new JobWork(job.Id, run)))
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

    public void Succeed(string id, JobOutcome outcome) =>
        Update(id, j => j with { Status = PlanJobStatus.Succeeded, Finished = time.GetUtcNow(), Result = outcome.Plan, Comparison = outcome.Comparison });

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

    /// <summary>
    /// The job once it has finished, or as it stands after <paramref name="wait"/> (long polling: a client learns the
    /// end at once instead of asking again and again); null when no job has the id.
    /// </summary>
    public async Task<PlanJob?> WaitAsync(string id, TimeSpan wait, CancellationToken cancellation)
    {
        var job = Find(id);
        if (job is null || job.Status is PlanJobStatus.Succeeded or PlanJobStatus.Failed || wait <= TimeSpan.Zero)
        {
            return job;
        }

        var finished = _finished.GetOrAdd(id, _ => new TaskCompletionSource<PlanJob>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Find(id) is { Status: PlanJobStatus.Succeeded or PlanJobStatus.Failed } done)
        {
            return done;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        await Task.WhenAny(finished.Task, Task.Delay(wait, time, timeout.Token));
        await timeout.CancelAsync();
        return Find(id);
    }

    private void Update(string id, Func<PlanJob, PlanJob> change)
    {
        var job = _jobs.AddOrUpdate(id, _ => throw new KeyNotFoundException(id), (_, old) => change(old));
        if (job.Status is PlanJobStatus.Succeeded or PlanJobStatus.Failed && _finished.TryRemove(id, out var waiting))
        {
            waiting.TrySetResult(job);
        }
    }
}
