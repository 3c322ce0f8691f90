using System.ComponentModel.DataAnnotations;

namespace TransitOpt.Api.Options;

/// <summary>How long answers are cached (configuration section <c>Caching</c>).</summary>
internal sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Minutes a route answer stays in the caches. Answers never go stale on a data change: the key holds the network version.</summary>
    [Range(1, 24 * 60)]
    public int RouteMinutes { get; set; } = 60;

    /// <summary>Minutes the in-memory first level keeps an entry.</summary>
    [Range(1, 24 * 60)]
    public int LocalMinutes { get; set; } = 10;
}
