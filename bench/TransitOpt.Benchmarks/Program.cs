using BenchmarkDotNet.Running;
using TransitOpt.Benchmarks;
using TransitOpt.Benchmarks.Demand;

if (args is ["plan-scale", "mip"])
{
    PlanScale.RunReference(Console.Out);
    return;
}

if (args is ["route-cpu"])
{
    RouteCpuRatio.Run(Console.Out);
    return;
}

if (args is ["route-ab", var before, var after, .. var rest])
{
    RouteBuildsAb.Run([before, after], rest is [var blocks] ? int.Parse(blocks, System.Globalization.CultureInfo.InvariantCulture) : 100, Console.Out);
    return;
}

if (args is ["plan-scale", ..])
{
    PlanScale.Run(Console.Out);
    return;
}

if (args is ["generate-demand", var name])
{
    SeasonDemand.Write(name, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
