using TransitOpt.Api.Contracts.Jobs;

namespace TransitOpt.Api.Plans;

/// <summary>
/// Accepted plan and evaluation jobs: submitted by the API, run by a worker, read and cancelled by any instance. Two
/// implementations: <see cref="LocalPlanJobs"/> (one process, records as files) and <see cref="RedisPlanJobs"/> (a
/// Redis stream consumed by a group of workers in any number of processes).
/// </summary>
internal interface IPlanJobs
{
    /// <summary>Queues a job, or null when the queue is full (the caller answers 503 and nothing is accepted).</summary>
    Task<PlanJob?> SubmitAsync(JobRequest request);

    /// <summary>The job, or null when no job has the id (or it expired).</summary>
    Task<PlanJob?> FindAsync(string id);

    /// <summary>
    /// The job once it has finished, or as it stands after <paramref name="wait"/> (long polling); null when no job
    /// has the id.
    /// </summary>
    Task<PlanJob?> WaitAsync(string id, TimeSpan wait, CancellationToken cancellation);

    /// <summary>
    /// Cancels a job: a queued one ends cancelled at once (and leaves the queue), a running one is asked to stop (it
    /// ends cancelled when the solver next checks). The job as it stands, or null when no job has the id.
    /// </summary>
    Task<PlanJob?> CancelAsync(string id);

    /// <summary>Returns when there may be a job to run (the worker then takes a solver slot and asks for it).</summary>
    Task WaitForWorkAsync(CancellationToken stopping);

    /// <summary>The next job to run, already marked running, or null when there is none now.</summary>
    Task<IJobLease?> TryNextAsync(CancellationToken stopping);

    /// <summary>The worker of this process stopped: nothing more is taken into this process's own queue.</summary>
    void Close();
}

/// <summary>A job a worker runs: its request, a token that stops it, and how it ends. Disposing it lets the job go.</summary>
internal interface IJobLease : IAsyncDisposable
{
    string Id { get; }

    JobRequest Request { get; }

    /// <summary>Cancelled when the job is cancelled (DELETE) or this worker lost it to another.</summary>
    CancellationToken Cancellation { get; }

    /// <summary>Records the solver's latest progress (shown while the job runs; ignored once it has ended).</summary>
    void Report(JobProgress progress);

    Task SucceedAsync(JobOutcome outcome);

    Task FailAsync(string error);

    /// <summary>The solver stopped because <see cref="Cancellation"/> fired.</summary>
    Task CancelledAsync();

    /// <summary>
    /// This worker is stopping (SIGTERM, a deploy) before the job ended: gives it back, queued again, so that another
    /// worker (or this process's next start) runs it from the beginning now rather than after a lease.
    /// </summary>
    Task ReleaseAsync();
}
