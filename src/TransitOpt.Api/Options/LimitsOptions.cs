using System.ComponentModel.DataAnnotations;

namespace TransitOpt.Api.Options;

/// <summary>Protection of the service (configuration section <c>Limits</c>).</summary>
internal sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body in bytes; larger gets 413 (see <see cref="MaxDemandRequestBytes"/> for plans).</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Largest body of a plan or scenario-evaluation request, which carries a demand: a season's, 20,000 shipments, takes
    /// 4.7 MB as compact JSON (data/demand/season-20000.json); larger gets 413.
    /// </summary>
    [Range(1_024, 256 * 1024 * 1024)]
    public long MaxDemandRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Route searches per client (by IP) per minute; more gets 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RoutesPerMinutePerClient { get; set; } = 6_000;

    /// <summary>Plans solved at the same time; a request that finds no free slot within two seconds gets 503 with Retry-After.</summary>
    [Range(1, 64)]
    public int ConcurrentPlans { get; set; } = 1;

    /// <summary>A request taking longer is cancelled (its solver work too) and answered 504; plans use their own time limit.</summary>
    [Range(1, 3_600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Plans with at most this many shipments are solved in the request; larger ones become jobs (202).</summary>
    [Range(0, 100_000)]
    public int SynchronousPlanShipments { get; set; } = 50;

    /// <summary>Plan jobs waiting at most; one more gets 503 with Retry-After.</summary>
    [Range(1, 100_000)]
    public int QueuedPlanJobs { get; set; } = 100;

    /// <summary>How long a finished job (and its result) stays readable, in minutes; then GET answers 404.</summary>
    [Range(1, 10_080)]
    public int FinishedJobMinutes { get; set; } = 60;
}
