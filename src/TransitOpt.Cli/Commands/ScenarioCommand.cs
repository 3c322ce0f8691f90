using System.CommandLine;
using TransitOpt.Cli.Output;
using TransitOpt.Network.Scenarios;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt scenario evaluate FILE|NAME [--demand NAME] [--time-limit S] [--work-limit N] [--format table|json]</c>:
/// the scenario against the baseline, both planned on the same demand; progress of each plan on standard error.
/// </summary>
internal static class ScenarioCommand
{
    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var scenario = new Argument<string>("FILE|NAME") { Description = "A scenario file, or the name of one in data/scenarios (e.g. saryagash-keles-40-pairs)." };
        var demand = new Option<string>("--demand") { Description = "The demand set to plan (data/demand).", DefaultValueFactory = _ => "peak-grain-congested" };
        var timeLimit = CommandOptions.TimeLimit("Seconds for each of the two plans.");
        var workLimit = CommandOptions.WorkLimit();
        var format = CommandOptions.Format("table", "json");
        var evaluate = new Command("evaluate", "Plan the demand on the base network and on the scenario's, and compare.")
        {
            scenario, data, demand, timeLimit, workLimit, format,
        };
        evaluate.SetAction((parse, cancellation) => Task.FromResult(Evaluate(
            console, parse.GetValue(scenario)!, parse.GetValue(data), parse.GetValue(demand)!, parse.GetValue(timeLimit), parse.GetValue(workLimit), parse.GetValue(format)!, cancellation)));
        return new Command("scenario", "Infrastructure scenarios: what-if overlays on the network.") { evaluate };
    }

    private static int Evaluate(CliConsole console, string scenarioArgument, string? data, string demandName, double timeLimit, int? workLimit, string format, CancellationToken cancellation)
    {
        if (!CommandOptions.CheckTimeLimit(console, timeLimit) || !CommandOptions.CheckWorkLimit(console, workLimit))
        {
            return ExitCodes.BadInput;
        }

        var network = DataDirectory.Load(data, console);
        if (network is null)
        {
            return ExitCodes.BadInput;
        }

        var directory = DataDirectory.Locate(data);
        var path = File.Exists(scenarioArgument) ? scenarioArgument : Path.Combine(directory, "scenarios", scenarioArgument + ".json");
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"error: no scenario file at {scenarioArgument} and none named '{scenarioArgument}' in {Path.Combine(directory, "scenarios")}");
            return ExitCodes.BadInput;
        }

        var (scenario, readError) = ScenarioJson.Read(File.ReadAllText(path));
        if (scenario is null)
        {
            console.Error.WriteLine($"error: {readError}");
            return ExitCodes.BadInput;
        }

        var applied = ScenarioOverlay.Apply(network, scenario);
        if (applied.Network is null)
        {
            foreach (var error in applied.Errors)
            {
                console.Error.WriteLine($"error: {error}");
            }

            return ExitCodes.BadInput;
        }

        var demandPath = DemandSet.PathOf(directory, demandName);
        if (!File.Exists(demandPath))
        {
            console.Error.WriteLine($"error: no demand set named '{demandName}'");
            return ExitCodes.BadInput;
        }

        try
        {
            var problem = DemandSet.Read(demandPath, network).Problem;
            console.Error.WriteLine($"Evaluating '{scenario.Name}' on '{demandName}' ({problem.Shipments.Count} shipments): baseline, then scenario, {timeLimit} s each");
            var comparison = ScenarioEvaluator.Evaluate(network, applied.Network, scenario, problem, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(timeLimit), WorkLimit = workLimit, Progress = ProgressLines.To(console.Error) }, cancellation);
            if (format == "json")
            {
                console.Out.WriteLine(CliJson.Write(Api.Contracts.Scenarios.ScenarioComparison.From(comparison)));
            }
            else
            {
                ComparisonTable.Write(comparison, scenario, problem, applied.Network, console.Screen);
            }

            return ExitCodes.Success;
        }
        catch (PlanProblemException exception)
        {
            console.Error.WriteLine($"error: {exception.Field}: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }
}
