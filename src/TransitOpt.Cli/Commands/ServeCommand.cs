using System.CommandLine;
using TransitOpt.Api;

namespace TransitOpt.Cli.Commands;

/// <summary>
/// <c>transitopt serve [--urls URLS] [--data DIR] [--environment NAME]</c>: runs the REST API (the same app as
/// TransitOpt.Api), with the settings (appsettings.json) beside the program wherever it is started from.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var data = DataDirectory.CreateOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var environment = new Option<string?>("--environment") { Description = "Development: plain console logs and a generated API key printed at start (default: $ASPNETCORE_ENVIRONMENT, else Production: JSON logs).", HelpName = "NAME" };
        var command = new Command("serve", "Run the REST API on the bundled data (in-memory cache; Redis when ConnectionStrings__Redis is set).")
        {
            data, urls, environment,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            string[] args = ["--urls", parse.GetValue(urls)!, $"--Data:Directory={DataDirectory.Locate(parse.GetValue(data))}", $"--contentRoot={AppContext.BaseDirectory}"];
            var app = TransitOptApp.Build(parse.GetValue(environment) is { Length: > 0 } name ? [.. args, "--environment", name] : args);
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
