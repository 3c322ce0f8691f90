using System.CommandLine;
using TransitOpt.Api;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt worker [--redis CONNECTION] [--urls URLS] [--data DIR]</c>: runs only the solver loop, taking plan and
/// evaluation jobs from the API's Redis, and serves <c>/health/live</c> and <c>/health/ready</c> for probes.
/// </summary>
internal static class WorkerCommand
{
    /// <summary>The environment variable the API reads its Redis from, and the worker too when --redis is not given.</summary>
    public const string RedisVariable = "ConnectionStrings__Redis";

    public static Command Create(CliConsole console)
    {
        var data = DataDirectory.CreateOption();
        var redis = new Option<string?>("--redis") { Description = $"The Redis the API uses (default: ${RedisVariable}).", HelpName = "CONNECTION" };
        var urls = new Option<string>("--urls") { Description = "Where the health endpoints listen.", DefaultValueFactory = _ => "http://127.0.0.1:8081" };
        var command = new Command("worker", "Run plan and evaluation jobs from Redis, beside API processes started with Jobs__RunWorker=false.")
        {
            redis, data, urls,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var connection = parse.GetValue(redis) ?? Environment.GetEnvironmentVariable(RedisVariable);
            if (string.IsNullOrWhiteSpace(connection))
            {
                await console.Error.WriteLineAsync($"error: a worker takes its jobs from Redis: give --redis or set {RedisVariable} (the API's Redis).");
                return ExitCodes.BadInput;
            }

            var app = TransitOptApp.BuildWorker(
                ["--urls", parse.GetValue(urls)!, $"--Data:Directory={DataDirectory.Locate(parse.GetValue(data))}", $"--ConnectionStrings:Redis={connection}"]);
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
