using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Robustness;

/// <summary>
/// Requests generated from the service's own OpenAPI document: every operation in it, with path and query values from
/// a pool of real and hostile ones (plus the ids of jobs it was given) and bodies made from the operation's schema, half of them then mutated (nulls,
/// huge numbers, far dates, wrong types, dropped and unknown fields). Fixed seed. No answer may be a 5xx, and every 4xx
/// must be problem+json.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class OpenApiFuzzTests : IDisposable
{
    private const string Key = "openapi-fuzz-key";
    private const int Requests = 10_000;

    private readonly List<string> _pathValues =
        ["KZ-ALMATY", "BCP-SARYAGASH-KELES-RAIL", "saryagash-keles-40-pairs", "fz", "x", "%2E%2E", "%2F", new('a', 150), "%C3%BC"];

    private static readonly string[] QueryValues = ["KZ", "rail", "road", "Alm", "", "-1", "0", "26", "border-crossing", "saryagash-keles-40-pairs", "%FF"];

    private readonly TransitOptApi _api = new(null, settings: new Dictionary<string, string>
    {
        ["Auth:ApiKeys:0"] = Key,
        ["Limits:RoutesPerMinutePerClient"] = "1000000",
        ["Limits:SynchronousPlanShipments"] = "1",
    });

    [Fact]
    public async Task EveryOperationOfTheDocument_ShouldNeverAnswer5xxOrANonProblem4xx()
    {
        using var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = Operations(document).ToList();
        _pathValues.Add((string)document["components"]!["schemas"]!["Scenario"]!["examples"]![0]!["id"]!);
        var random = new Random(11);
        var faker = new SchemaFaker(document["components"]!["schemas"]!.AsObject(), random);
        var answered = operations.ToDictionary(o => o.Name, _ => new HashSet<int>());
        var bad = new List<string>();

        for (var i = 0; i < Requests; i++)
        {
            var operation = operations[i % operations.Count];
            var path = Path(operation, random, _pathValues);
            using var request = new HttpRequestMessage(operation.Method, path);
            string? body = null;
            if (operation.Body is not null)
            {
                var made = faker.Make(operation.Body) ?? new JsonObject();
                body = (random.Next(2) == 0 ? MalformedInputFuzzTests.Mutate(made, random) : made)?.ToJsonString() ?? "null";
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            answered[operation.Name].Add(status);
            if (response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } job)
            {
                _pathValues.Add(job.ToString().Split('/')[^1]);
            }

            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status >= 400 && !problem))
            {
                bad.Add($"{status} {operation.Method} {path} {body?[..Math.Min(300, body.Length)]}");
            }
        }

        Assert.True(bad.Count == 0, $"{bad.Count} bad answers, e.g.:\n{string.Join("\n", bad.Take(10))}");
        Assert.True(operations.Count >= 16, $"the document lists {operations.Count} operations");

        // Generated requests reach the code behind validation: every operation succeeds at least once.
        var neverSucceeded = answered.Where(a => !a.Value.Any(s => s is >= 200 and < 300)).Select(a => a.Key).ToList();
        Assert.True(neverSucceeded.Count == 0, "never answered 2xx: " + string.Join(", ", neverSucceeded));
    }

    public void Dispose() => _api.Dispose();

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(m => m.Key is "get" or "post" or "put" or "delete"))
            {
                var parameters = (operation!["parameters"] as JsonArray ?? []).Select(p => (Name: (string)p!["name"]!, In: (string)p["in"]!)).ToList();
                yield return new Operation(
                    $"{method.ToUpperInvariant()} {path}",
                    new HttpMethod(method.ToUpperInvariant()),
                    path,
                    parameters,
                    operation["requestBody"]?["content"]?["application/json"]?["schema"]);
            }
        }
    }

    private static string Path(Operation operation, Random random, List<string> pathValues)
    {
        var path = operation.Template;
        var query = new List<string>();
        foreach (var (name, place) in operation.Parameters)
        {
            if (place == "path")
            {
                path = path.Replace("{" + name + "}", pathValues[random.Next(pathValues.Count)], StringComparison.Ordinal);
            }
            else if (place == "query" && random.Next(2) == 0)
            {
                query.Add($"{name}={QueryValues[random.Next(QueryValues.Length)]}");
            }
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private sealed record Operation(string Name, HttpMethod Method, string Template, List<(string Name, string In)> Parameters, JsonNode? Body);
}
