using BenchmarkDotNet.Running;
using TransitOpt.Benchmarks;

if (args is ["plan-scale", ..])
{
    PlanScale.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
