using System.Diagnostics;
using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Benchmarks;

/// <summary>
/// The planner at scale on the bundled network, each run against its baselines in the same process: the greedy
/// planner (cost and unserved) and, on rail instances small enough for it, the monolithic time-expanded MIP (time
/// and objective). One run per size: these are multi-second solves, reported as measured, not micro-benchmarks.
/// Run: dotnet run -c Release --project bench/TransitOpt.Benchmarks -- plan-scale (or plan-scale mip for the MIP table alone)
/// </summary>
internal static class PlanScale
{
    public static void Run(TextWriter output)
    {
        var network = BundledNetwork.Load();
        var data = BundledNetwork.Directory;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("| instance | shipments | target gap | solve s | greedy s | status | gap | plan USD | greedy USD | saving | unserved lots plan / greedy |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        var scale1000 = DemandSet.Read(DemandSet.PathOf(data, "scale-1000"), network).Problem;
        var standard = new PlanOptions().TargetGap;
        var scale5000 = DemandSet.Read(DemandSet.PathOf(data, "scale-5000"), network).Problem;
        var instances = new (string Name, PlanProblem Problem, double Seconds, double TargetGap)[]
        {
            ("scale-1000, first 100", scale1000 with { Shipments = [.. scale1000.Shipments.Take(100)] }, 60, standard),
            ("scale-1000 (first plan of its places on the network)", scale1000, 60, 0.005),
            ("scale-1000 (again)", scale1000, 60, standard),
            ("scale-5000", scale5000, 180, standard),
            ("scale-5000", scale5000, 180, 0.005),
            ("peak-grain-congested", DemandSet.Read(DemandSet.PathOf(data, "peak-grain-congested"), network).Problem, 60, standard),
            ("season-20000", DemandSet.Read(DemandSet.PathOf(data, "season-20000"), network).Problem, 120, 0.01),
        };
        // One plan first, unmeasured: the JIT, the solvers' start-up and the tariffs' first use are not the first row's.
        new Planner(network).Plan(scale1000 with { Shipments = [.. scale1000.Shipments.Take(20)] });
        foreach (var (name, problem, seconds, targetGap) in instances)
        {
            var result = new Planner(network).Plan(problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(seconds), TargetGap = targetGap });
            var saving = (result.Baseline.ObjectiveUsd - result.ObjectiveUsd) / result.Baseline.ObjectiveUsd;
            output.WriteLine(string.Create(c, $"| {name} | {problem.Shipments.Count:N0} | {targetGap:P1} | {result.SolveSeconds:N1} | {result.Baseline.SolveSeconds:N1} | {result.Status.ToString().ToLowerInvariant()} | {result.Gap:P2} | {result.ObjectiveUsd:N0} | {result.Baseline.ObjectiveUsd:N0} | {saving:P1} | {result.Kpis.UnservedQuantity:N0} / {result.Baseline.UnservedQuantity:N0} |"));
        }

        output.WriteLine();
        RunReference(output);
    }

    /// <summary>
    /// Column generation against the unrestricted monolithic MIP on the first wagon shipments of corridor-march-2weeks
    /// (rail only), both timed on the hour grid (<see cref="PlanOptions.TimeStep"/>) so that they solve the same model;
    /// the planner with <see cref="PlanOptions.TargetGap"/> 0 (its own optimality proof) and with its default target.
    /// Run alone: dotnet run -c Release --project bench/TransitOpt.Benchmarks -- plan-scale mip
    /// </summary>
    public static void RunReference(TextWriter output)
    {
        var network = BundledNetwork.Load();
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("| rail wagon shipments (corridor-march-2weeks) | CG s, target 0 | CG USD, target 0 | CG s, 0.2 % target | CG USD, 0.2 % target | MIP arcs | MIP s | MIP USD | CG (target 0) vs MIP | MIP s / CG s (target 0) |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var march = DemandSet.Read(DemandSet.PathOf(BundledNetwork.Directory, "corridor-march-2weeks"), network).Problem;
        var railOnly = new PlanOptions
        {
            TimeLimit = TimeSpan.FromSeconds(120),
            Modes = new HashSet<TransportMode> { TransportMode.Rail },
            TimeStep = TimeSpan.FromHours(1),
        };
        var exact = railOnly with { TargetGap = 0, MaxIterations = 200 };
        var wagons = march.Shipments.Where(s => s.Cargo.Unit == CargoUnit.Wagons).ToList();
        // One plan first, unmeasured: the JIT and the solvers' start-up are not the first row's.
        new Planner(network).Plan(march with { Shipments = [.. wagons.Take(5)] }, railOnly);
        var failed = false;
        foreach (var count in new[] { 5, 10, 20, 40, 80, 160 })
        {
            var problem = march with { Shipments = [.. wagons.Take(count)] };
            var plan = new Planner(network).Plan(problem, exact);
            var quick = new Planner(network).Plan(problem, railOnly);
            var clock = Stopwatch.StartNew();
            var arcs = "—";
            string mipSeconds, mipObjective, difference, ratio;
            if (failed)
            {
                (mipSeconds, mipObjective, difference, ratio) = ("not run (a smaller instance did not finish)", "—", "—", "—");
            }
            else
            {
                try
                {
                    var mip = MonolithicMip.Build(network, problem, railOnly, lastArrivalDay: problem.HorizonDays + ShipmentLots.LateDepartureDays);
                    arcs = mip.Arcs.ToString("N0", c);
                    var optimum = mip.Optimum(TimeSpan.FromSeconds(300));
                    mipSeconds = clock.Elapsed.TotalSeconds.ToString("N1", c);
                    mipObjective = optimum.ToString("N0", c);
                    difference = ((plan.ObjectiveUsd - optimum) / optimum).ToString("P3", c);
                    ratio = (clock.Elapsed.TotalSeconds / plan.SolveSeconds).ToString("N1", c) + "×";
                }
                catch (Exception exception) when (exception is TimeoutException or NotSupportedException)
                {
                    failed = true;
                    (mipSeconds, mipObjective, difference, ratio) = ($"did not finish in {clock.Elapsed.TotalSeconds:N0} s ({exception.Message})", "—", "—", "—");
                }
            }

            output.WriteLine(string.Create(c, $"| {count} | {plan.SolveSeconds:N2} | {plan.ObjectiveUsd:N0} | {quick.SolveSeconds:N2} | {quick.ObjectiveUsd:N0} | {arcs} | {mipSeconds} | {mipObjective} | {difference} | {ratio} |"));
            output.Flush();
        }
    }
}
