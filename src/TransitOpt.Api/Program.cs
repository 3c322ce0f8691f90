using TransitOpt.Api;

TransitOptApp.Build(args).Run();
