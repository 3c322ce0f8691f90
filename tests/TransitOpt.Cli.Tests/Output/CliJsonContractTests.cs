using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TransitOpt.Cli.Tests.Output;

/// <summary>
/// <c>--format json</c> prints the API's contracts: the same fields, values and rounding as the API's answer to the same
/// request, and exactly the properties of the reviewed OpenAPI document.
/// </summary>
public sealed partial class CliJsonContractTests(ApiInProcess api) : IClassFixture<ApiInProcess>
{
    [Fact]
    public async Task RouteJson_FromAPoint_ShouldEqualTheApisAnswerToTheSameRequest()
    {
        var cli = CliRun.Of("route", "--from", "76.95,43.25", "--to", "Dushanbe", "--modes", "rail", "--depart", "2026-03-03T08:00", "--alternatives", "2", "--format", "json", "--data", CliRun.BundledData);
        Assert.Equal(0, cli.ExitCode);
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/routes", new JsonObject
        {
            ["origin"] = new JsonObject { ["point"] = new JsonObject { ["lon"] = 76.95, ["lat"] = 43.25 } },
            ["destination"] = new JsonObject { ["place"] = "Dushanbe" },
            ["modes"] = new JsonArray("rail"),
            ["departure"] = "2026-03-03T08:00",
            ["alternatives"] = 2,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fromApi = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var printed = JsonNode.Parse(cli.Out);
        Assert.True(JsonNode.DeepEquals(fromApi, printed), "the CLI's route JSON differs from the API's answer");
        ReviewedContract.AssertConforms(printed, "RouteResponse");
        Assert.Equal("KZ-ALMATY", (string)printed!["origin"]!["id"]!);
        Assert.Equal(43.25, (double)printed["origin"]!["snappedFromPoint"]!["lat"]!);
    }

    [Fact]
    public async Task PlanJson_ShouldHaveTheApisFieldsShipmentsAndRounding()
    {
        var cli = CliRun.Of("plan", "--demand", "small-example", "--time-limit", "30", "--format", "json", "--data", CliRun.BundledData);
        Assert.Equal(0, cli.ExitCode);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiInProcess.Key);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new JsonObject { ["demand"] = "small-example", ["timeLimitSeconds"] = 30 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fromApi = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var printed = JsonNode.Parse(cli.Out)!;
        ReviewedContract.AssertConforms(printed, "PlanResult");
        ReviewedContract.AssertConforms(fromApi, "PlanResult");
        Assert.Equal(Lots(fromApi), Lots(printed));
        Assert.Equal((double)fromApi["baseline"]!["objectiveUsd"]!, (double)printed["baseline"]!["objectiveUsd"]!);
        AssertWireRounded(printed);
    }

    [Fact]
    public void EvaluationJson_ShouldHaveTheFieldsOfTheApisComparison()
    {
        var cli = CliRun.Of("scenario", "evaluate", "kg-tj-road-closed", "--demand", "small-example", "--format", "json", "--time-limit", "20", "--data", CliRun.BundledData);

        Assert.Equal(0, cli.ExitCode);
        var printed = JsonNode.Parse(cli.Out);
        ReviewedContract.AssertConforms(printed, "ScenarioComparison");
        AssertWireRounded(printed!);
    }

    /// <summary>Each shipment's id and vehicle-loads, which the demand fixes whatever the solver finds.</summary>
    private static List<string> Lots(JsonNode plan) =>
        [.. plan["shipments"]!.AsArray().Select(s => $"{(string)s!["id"]!}:{(int)s["lots"]!}")];

    /// <summary>Money (…Usd) to cents and times to whole seconds, as every API answer.</summary>
    private static void AssertWireRounded(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue number && name.EndsWith("Usd", StringComparison.Ordinal) && number.TryGetValue<double>(out var usd))
                    {
                        Assert.True(Math.Round(usd, 2) == usd, string.Create(CultureInfo.InvariantCulture, $"{name} = {usd} is not in cents"));
                    }

                    if (value is not null)
                    {
                        AssertWireRounded(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    AssertWireRounded(item);
                }

                break;
            case JsonValue text when text.TryGetValue<string>(out var s) && DateTimeLike().IsMatch(s):
                Assert.DoesNotMatch(FractionalSeconds(), s);
                break;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d")]
    private static partial Regex DateTimeLike();

    [GeneratedRegex(@":\d\d\.\d")]
    private static partial Regex FractionalSeconds();
}
