using TransitOpt.Cli;

return CliApp.Run(args, Console.Out, Console.Error, terminal: !Console.IsOutputRedirected);
