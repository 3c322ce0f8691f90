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
