using System.Globalization;
using System.CommandLine;
using TransitOpt.Cli.Output;
using TransitOpt.Network;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using PlanResult = TransitOpt.Api.Contracts.Plans.PlanResult;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt plan FILE|--demand NAME [--horizon-days N] [--time-limit S] [--format table|json]</c>: plans many
/// shipments against the daily capacities; progress on standard error, the plan on standard output.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var file = new Argument<string?>("FILE") { Description = "A demand set file (the format of data/demand/*.json).", Arity = ArgumentArity.ZeroOrOne };
        var demand = new Option<string?>("--demand") { Description = "The name of a demand set in data/demand (e.g. corridor-march-2weeks)." };
        var horizon = new Option<int?>("--horizon-days") { Description = "Days to plan (default: the set's own horizon)." };
        var timeLimit = CommandOptions.TimeLimit("Seconds the solver may take.");
        var format = CommandOptions.Format("table", "json");
        var quantile = CommandOptions.EtaQuantile();
        var command = new Command("plan", "Plan many shipments together against the daily capacities of border crossings, single-track links and terminals (OR-Tools).")
        {
            file, data, demand, horizon, timeLimit, quantile, format,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(console, parse.GetValue(file), parse.GetValue(demand), parse.GetValue(data), parse.GetValue(horizon), parse.GetValue(timeLimit), Enum.Parse<EtaQuantile>(parse.GetValue(quantile)!, ignoreCase: true), parse.GetValue(format)!, cancellation)));
        return command;
    }

    private static int Run(CliConsole console, string? file, string? demand, string? data, int? horizon, double timeLimit, EtaQuantile quantile, string format, CancellationToken cancellation)
    {
        if ((file is null) == (demand is null))
        {
            console.Error.WriteLine("error: give either a demand set FILE or --demand NAME");
            return ExitCodes.BadInput;
        }

        if (!CommandOptions.CheckTimeLimit(console, timeLimit))
        {
            return ExitCodes.BadInput;
        }

        var network = DataDirectory.Load(data, console);
        if (network is null)
        {
            return ExitCodes.BadInput;
        }

        var path = file ?? DemandSet.PathOf(DataDirectory.Locate(data), demand!);
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"error: no demand set at {path}");
            return ExitCodes.BadInput;
        }

        try
        {
            var set = DemandSet.Read(path, network);
            var problem = horizon is { } days ? set.Problem with { HorizonDays = days } : set.Problem;
            console.Error.WriteLine($"Planning {problem.Shipments.Count} shipments of '{set.Name}' over {problem.HorizonDays} days from {problem.Start:yyyy-MM-dd}, time limit {timeLimit} s");
            var options = new PlanOptions
            {
                TimeLimit = TimeSpan.FromSeconds(timeLimit),
                EtaQuantile = quantile,
                Progress = new SynchronousProgress(p => console.Error.WriteLine(ProgressLine(p))),
            };
            var result = new Planner(network).Plan(problem, options, cancellation);
            if (format == "json")
            {
                console.Out.WriteLine(CliJson.Write(PlanResult.From(result)));
            }
            else
            {
                PlanTable.Write(result, problem, network, console.Out);
            }

            return ExitCodes.Success;
        }
        catch (PlanProblemException exception)
        {
            console.Error.WriteLine($"error: {exception.Field}: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static string ProgressLine(PlanProgress p) => string.Create(CultureInfo.InvariantCulture, $"{p.ElapsedSeconds,6:N1} s  ") + p.Phase switch
    {
        "greedy" => string.Create(CultureInfo.InvariantCulture, $"greedy baseline: ${p.BestPlanUsd:N0}"),
        "pricing" => string.Create(CultureInfo.InvariantCulture, $"pricing round {p.Iteration}: {p.Columns:N0} itineraries, master LP ${p.LpObjectiveUsd:N0}, proven bound ${p.BoundUsd:N0}"),
        "enriching" => string.Create(CultureInfo.InvariantCulture, $"adding alternatives where the LP splits shipments: master LP ${p.LpObjectiveUsd:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"whole vehicles: ${p.BestPlanUsd:N0} against the bound ${p.BoundUsd:N0}, gap {(p.BestPlanUsd is > 0 and var best ? (best - p.BoundUsd.GetValueOrDefault()) / best : 0):P2}"),
    };

    /// <summary>Reports progress on the solver's thread, in order (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class SynchronousProgress(Action<PlanProgress> report) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => report(value);
    }
}
