using TransitOpt.Api.Health;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Problems;

var builder = WebApplication.CreateBuilder(args);

builder.AddTransitOptOptions();
builder.AddTransitOptNetwork();
builder.AddTransitOptCaching();
builder.AddTransitOptProblems();
builder.AddTransitOptOpenApi();
builder.AddTransitOptHealth();
builder.AddTransitOptLimits();
builder.AddTransitOptEndpoints();

var app = builder.Build();

app.UseTransitOptProblems();
app.UseTransitOptRequestSizeLimit();
app.UseTransitOptLimits();
app.MapTransitOptOpenApi();
app.MapTransitOptHealth();
app.MapTransitOptApi();

app.Run();
