using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace TransitOpt.Api.Hosting;

/// <summary>The service's own metrics: cache hits and misses, and solver time.</summary>
internal sealed class TransitOptMetrics
{
    public const string MeterName = "TransitOpt";

    private readonly Counter<long> _cache;
    private readonly Histogram<double> _solver;

    public TransitOptMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _cache = meter.CreateCounter<long>("transitopt.cache.lookups", description: "Route cache lookups, by result (hit or miss).");
        _solver = meter.CreateHistogram<double>("transitopt.solver.duration", unit: "s", description: "Time the route search or planner took, by kind.");
    }

    public void CacheLookup(bool hit) => _cache.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void Solved(string kind, TimeSpan elapsed) => _solver.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
}

/// <summary>Structured JSON logs with the request's trace id (plain lines in Development), and OpenTelemetry metrics (request latency, cache, solver).</summary>
internal static class TelemetrySetup
{
    public static void AddTransitOptTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // Development keeps the plain console lines a person reads; elsewhere a log collector reads JSON.
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.TimestampFormat = "O";
            });
        }

        builder.Services.AddSingleton<TransitOptMetrics>();
        var metrics = builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddMeter(TransitOptMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            metrics.WithMetrics(m => m.AddOtlpExporter());
        }
    }
}
