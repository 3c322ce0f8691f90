using System.CommandLine;
using TransitOpt.Api;

namespace TransitOpt.Cli.Commands;

/// <summary><c>transitopt serve [--urls URLS] [--data DIR]</c>: runs the REST API (the same app as TransitOpt.Api).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var data = DataDirectory.CreateOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var command = new Command("serve", "Run the REST API on the bundled data (in-memory cache; Redis when ConnectionStrings__Redis is set).")
        {
            data, urls,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var app = TransitOptApp.Build(["--urls", parse.GetValue(urls)!, $"--Data:Directory={DataDirectory.Locate(parse.GetValue(data))}"]);
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
