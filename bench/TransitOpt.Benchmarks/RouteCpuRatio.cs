using System.Diagnostics;

namespace TransitOpt.Benchmarks;

/// <summary>
/// The route benchmarks against the QuikGraph baseline in process CPU time, seven interleaved rounds, medians: a
/// ratio that holds when other processes share the cores and BenchmarkDotNet's wall-clock short job scatters.
/// </summary>
internal static class RouteCpuRatio
{
    private const int Rounds = 7;

    public static void Run(TextWriter output)
    {
        var routes = new RouteBenchmarks();
        routes.Setup();
        var paths = new ShortestPathBenchmarks();
        paths.Setup();
        List<double> quik = [], one = [], three = [];
        for (var round = 0; round < Rounds; round++)
        {
            quik.Add(CpuMicroseconds(() => paths.QuikGraphDistance(), 3000));
            one.Add(CpuMicroseconds(() => routes.OneRoute(), 3000));
            three.Add(CpuMicroseconds(() => routes.ThreeRoutes(), 1000));
        }

        var baseline = Median(quik);
        output.WriteLine($"QuikGraph Dijkstra {baseline:F1} µs; best route only {Median(one):F1} µs ({Median(one) / baseline:F2}×); best + 2 alternatives {Median(three):F1} µs ({Median(three) / baseline:F2}×)");
    }

    /// <summary>CPU time of the whole process per call, after a quarter as many calls to warm up.</summary>
    private static double CpuMicroseconds(Action call, int calls)
    {
        for (var i = 0; i < calls / 4; i++)
        {
            call();
        }

        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMicroseconds / calls;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
