using System.ComponentModel.DataAnnotations;

namespace TransitOpt.Api.Options;

/// <summary>Plan and evaluation jobs (configuration section <c>Jobs</c>).</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Whether this process runs the solver loop. API replicas beside <c>transitopt worker</c> processes set it false
    /// (needs Redis: without it, no other process could run the jobs).
    /// </summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Where job records are kept as files when Redis is not configured (default: local application data).</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// With Redis: a worker that has not renewed its hold on a job for this long is taken for dead, and another worker
    /// takes the job over. A worker renews every third of it.
    /// </summary>
    [Range(1, 3_600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>With Redis: a job handed to this many workers that all died on it ends failed with the reason.</summary>
    [Range(1, 100)]
    public int MaxDeliveries { get; set; } = 3;

    /// <summary>With Redis: how often an idle worker looks for a new or abandoned job, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 250;
}
