using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace TransitOpt.Benchmarks;

/// <summary>
/// The route benchmarks of two builds of this project (e.g. before and after a change) in one process, each build's
/// TransitOpt assemblies in a load context of their own, timed in alternating blocks: when other processes share the
/// cores, both builds see the same load, and the fastest block of each is close to what a quiet machine measures.
/// </summary>
internal static class RouteBuildsAb
{
    private const int ThreeRoutesPerBlock = 200;
    private const int QueriesPerBlock = 400;

    public static void Run(IReadOnlyList<string> buildFolders, int blocks, TextWriter output)
    {
        var builds = buildFolders.Select(Load).ToList();
        var paths = new ShortestPathBenchmarks();
        paths.Setup();
        foreach (var (one, three) in builds)
        {
            Time(one, 1000);
            Time(three, 1000);
        }

        Time(() => paths.QuikGraphDistance(), 1000);
        var times = builds.Select(_ => (One: new List<double>(), Three: new List<double>())).ToList();
        var quik = new List<double>();
        for (var block = 0; block < blocks; block++)
        {
            for (var b = 0; b < builds.Count; b++)
            {
                times[b].Three.Add(Time(builds[b].Three, ThreeRoutesPerBlock));
                times[b].One.Add(Time(builds[b].One, QueriesPerBlock));
            }

            quik.Add(Time(() => paths.QuikGraphDistance(), QueriesPerBlock));
        }

        output.WriteLine($"QuikGraph Dijkstra: fastest block {quik.Min():F1} µs, median {Median(quik):F1} µs");
        for (var b = 0; b < builds.Count; b++)
        {
            var (one, three) = times[b];
            output.WriteLine($"{buildFolders[b]}: best route only fastest {one.Min():F1} µs ({one.Min() / quik.Min():F2}×), median {Median(one):F1} µs; "
                + $"best + 2 alternatives fastest {three.Min():F1} µs ({three.Min() / quik.Min():F2}×), median {Median(three):F1} µs");
        }
    }

    /// <summary>The two route benchmarks of the build in <paramref name="folder"/> (its bin folder).</summary>
    private static (Func<object> One, Func<object> Three) Load(string folder)
    {
        var assembly = new BuildContext(Path.GetFullPath(folder)).LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "TransitOpt.Benchmarks.dll"));
        var type = assembly.GetType(typeof(RouteBenchmarks).FullName!)!;
        var benchmarks = Activator.CreateInstance(type)!;
        type.GetMethod(nameof(RouteBenchmarks.Setup))!.Invoke(benchmarks, null);
        return (
            type.GetMethod(nameof(RouteBenchmarks.OneRoute))!.CreateDelegate<Func<object>>(benchmarks),
            type.GetMethod(nameof(RouteBenchmarks.ThreeRoutes))!.CreateDelegate<Func<object>>(benchmarks));
    }

    /// <summary>Wall time per call of a block of calls.</summary>
    private static double Time(Func<object> call, int calls)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / calls;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Loads a build's own TransitOpt assemblies from its folder; everything else is shared with this process.</summary>
    private sealed class BuildContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name!.StartsWith("TransitOpt.", StringComparison.Ordinal) && File.Exists(Path.Combine(folder, name.Name + ".dll"))
                ? LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll"))
                : null;
    }
}
