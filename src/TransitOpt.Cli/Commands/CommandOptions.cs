using System.CommandLine;

namespace TransitOpt.Cli.Commands;

/// <summary>The options several commands share, so that they read and check the same way everywhere.</summary>
internal static class CommandOptions
{
    /// <summary>The longest solver time limit a command accepts, in seconds.</summary>
    public const double MaxTimeLimitSeconds = 3600;

    /// <summary><c>--format</c>, defaulting to the first accepted value.</summary>
    public static Option<string> Format(params string[] accepted)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => accepted[0] };
        format.AcceptOnlyFromAmong(accepted);
        return format;
    }

    /// <summary><c>--eta-quantile</c>: the border delay quantile routes and plans are made to (p50 by default).</summary>
    public static Option<string> EtaQuantile()
    {
        var quantile = new Option<string>("--eta-quantile") { Description = "Border delay quantile to plan by: p50 (median) or p90 (due dates hold in a bad week).", DefaultValueFactory = _ => "p50" };
        quantile.AcceptOnlyFromAmong("p50", "p90");
        return quantile;
    }

    /// <summary><c>--time-limit</c> in seconds, 30 by default.</summary>
    public static Option<double> TimeLimit(string description) => new("--time-limit") { Description = description, DefaultValueFactory = _ => 30 };

    /// <summary><c>--work-limit</c>: route searches and branch-and-bound nodes; when it binds first, the plan is the same on any machine.</summary>
    public static Option<int?> WorkLimit() => new("--work-limit")
    {
        Description = "Route searches and branch-and-bound nodes the planner may use, 1–1,000,000: when this binds before --time-limit, the same command gives the same plan on any machine.",
        HelpName = "N",
    };

    /// <summary>False, with the reason on standard error, when the work limit is given and not in 1–1,000,000.</summary>
    public static bool CheckWorkLimit(CliConsole console, int? work)
    {
        if (work is null or (>= 1 and <= 1_000_000))
        {
            return true;
        }

        console.Error.WriteLine($"error: --work-limit {work} must be 1 to 1,000,000 (route searches and branch-and-bound nodes)");
        return false;
    }

    /// <summary>False, with the reason on standard error, when the time limit is not in (0, 3600] seconds.</summary>
    public static bool CheckTimeLimit(CliConsole console, double seconds)
    {
        if (seconds is > 0 and <= MaxTimeLimitSeconds)
        {
            return true;
        }

        console.Error.WriteLine($"error: --time-limit {seconds} must be above 0 and at most {MaxTimeLimitSeconds} seconds");
        return false;
    }
}
