using System.CommandLine;
using System.Globalization;
using TransitOpt.Cli.Output;
using TransitOpt.Network;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using PlanResult = TransitOpt.Api.Contracts.Plans.PlanResult;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt plan FILE|--demand NAME [--horizon-days N] [--time-limit S] [--work-limit N] [--format table|json]</c>:
/// plans many shipments against the daily capacities; progress and solve time on standard error, the plan on standard
/// output (so that a plan bound by its work limit prints the same on any machine).
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
        var workLimit = CommandOptions.WorkLimit();
        var targetGap = new Option<double>("--target-gap")
        {
            Description = "Stop adding itineraries once the plan's LP is within this many percent of the proven bound, 0–50 (default 0.2; 1 plans a season's demand several times faster).",
            HelpName = "PERCENT",
            DefaultValueFactory = _ => new PlanOptions().TargetGap * 100,
        };
        var format = CommandOptions.Format("table", "json");
        var quantile = CommandOptions.EtaQuantile();
        var command = new Command("plan", "Plan many shipments together against the daily capacities of border crossings, single-track links and terminals (OR-Tools).")
        {
            file, data, demand, horizon, timeLimit, workLimit, targetGap, quantile, format,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(
            console, parse.GetValue(file), parse.GetValue(demand), parse.GetValue(data), parse.GetValue(horizon),
            new Limits(parse.GetValue(timeLimit), parse.GetValue(workLimit), parse.GetValue(targetGap)),
            Enum.Parse<EtaQuantile>(parse.GetValue(quantile)!, ignoreCase: true), parse.GetValue(format)!, cancellation)));
        return command;
    }

    private static int Run(CliConsole console, string? file, string? demand, string? data, int? horizon, Limits limits, EtaQuantile quantile, string format, CancellationToken cancellation)
    {
        var (timeLimit, workLimit, targetGapPercent) = limits;
        if ((file is null) == (demand is null))
        {
            console.Error.WriteLine("error: give either a demand set FILE or --demand NAME");
            return ExitCodes.BadInput;
        }

        if (!CommandOptions.CheckTimeLimit(console, timeLimit) || !CommandOptions.CheckWorkLimit(console, workLimit))
        {
            return ExitCodes.BadInput;
        }

        if (targetGapPercent is not (>= 0 and <= 50))
        {
            console.Error.WriteLine($"error: --target-gap {targetGapPercent} must be a percentage from 0 to 50");
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
                WorkLimit = workLimit,
                TargetGap = targetGapPercent / 100,
                EtaQuantile = quantile,
                Progress = ProgressLines.To(console.Error),
            };
            var result = new Planner(network).Plan(problem, options, cancellation);
            console.Error.WriteLine($"Solved in {result.SolveSeconds.ToString("N1", CultureInfo.InvariantCulture)} s");
            if (format == "json")
            {
                console.Out.WriteLine(CliJson.Write(PlanResult.From(result)));
            }
            else
            {
                PlanTable.Write(result, problem, network, console.Screen);
            }

            return ExitCodes.Success;
        }
        catch (PlanProblemException exception)
        {
            console.Error.WriteLine($"error: {exception.Field}: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>How long, how much work and how close to the bound a plan may be sought.</summary>
    private readonly record struct Limits(double TimeLimit, int? WorkLimit, double TargetGapPercent);
}
