using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using TransitOpt.Api.Options;
using TransitOpt.Api.Plans;

namespace TransitOpt.Api.Hosting;

/// <summary>
/// Per-client rate limit on route search, request timeouts that cancel solver work, and the plan machinery: jobs on
/// Redis when <c>ConnectionStrings:Redis</c> is set (any instance reads them, any worker process runs them), else in
/// this process with the records as files under <c>Jobs:Directory</c> (default: the user's local application data,
/// <c>transitopt/jobs</c>). The solver loop runs here unless <c>Jobs:RunWorker</c> is false.
/// </summary>
internal static class LimitsSetup
{
    public const string RoutesPolicy = "routes";

    public static void AddTransitOptLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        builder.AddDevelopmentApiKey();
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RoutesPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.RoutesPerMinutePerClient, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"at most {limits.RoutesPerMinutePerClient} route searches a minute per client; retry after the time in Retry-After",
                    },
                });
            };
        });
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddSingleton<SolverGate>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTransitOptJobs();
    }

    private static void AddTransitOptJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (builder.AddTransitOptRedis())
        {
            builder.Services.AddSingleton<IPlanJobs, RedisPlanJobs>();
        }
        else if (jobs.RunWorker)
        {
            builder.Services.AddSingleton(new FileJobStore(LocalData.Directory(jobs.Directory, "jobs")));
            builder.Services.AddSingleton<IPlanJobs, LocalPlanJobs>();
        }
        else
        {
            throw new InvalidOperationException("Jobs:RunWorker=false needs ConnectionStrings:Redis: without Redis no other process can run this one's jobs.");
        }

        if (jobs.RunWorker)
        {
            builder.Services.AddHostedService<PlanWorker>();
        }
    }

    public static void UseTransitOptLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseRequestTimeouts();
    }
}
