using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document is read and linted with Microsoft.OpenApi's default rule set plus the contract's own rules,
/// then drives calls to the running API: every operation it lists answers with a status it declares.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private const string Key = "document-key";
    private readonly TransitOptApi _api = new(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key });

    [Fact]
    public async Task Document_ShouldPassTheLinterAndDescribeEveryOperation()
    {
        var (document, json) = await Read();

        Assert.Equal("3.1.1", (string?)json["openapi"]);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var where = $"{method} {path}";
                Assert.False(string.IsNullOrWhiteSpace(operation.OperationId), $"{where} has no operationId");
                Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{where} has no summary");
                Assert.False(string.IsNullOrWhiteSpace(operation.Description), $"{where} has no description");
                if (path.Contains('{', StringComparison.Ordinal) || method == HttpMethod.Post)
                {
                    Assert.Contains(operation.Responses!.Keys, code => code.StartsWith('4'));
                }
            }
        }

        foreach (var name in new[] { "RouteRequest", "CargoInput", "RouteResponse", "ResolvedPlace", "GeoPoint", "RouteDto", "BorderCrossingDto", "LegDto", "PlanRequest", "ShipmentInput", "CrossingInfo" })
        {
            var properties = json["components"]!["schemas"]![name]!["properties"]!.AsObject();
            Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace(Description(p.Value)), $"{name}.{p.Key} has no description"));
        }

        var cargoKind = json["components"]!["schemas"]!["CargoKind"]!;
        Assert.Contains("hazardous", cargoKind["enum"]!.AsArray().Select(v => (string?)v));
        // A place is split by property (place or point), which NSwag and Kiota can both send, not a string|object oneOf.
        var place = json["components"]!["schemas"]!["PlaceInput"]!;
        Assert.Equal(["place", "point"], place["properties"]!.AsObject().Select(p => p.Key));
        Assert.Null(place["oneOf"]);
    }

    [Fact]
    public async Task Document_ShouldDriveWorkingCallsToTheApi()
    {
        var (document, json) = await Read();
        using var client = _api.CreateClient();

        foreach (var (path, item) in document.Paths.Where(p => !p.Key.Contains('{', StringComparison.Ordinal)))
        {
            if (item.Operations!.TryGetValue(HttpMethod.Get, out var get))
            {
                var response = await client.GetAsync(path);
                Assert.Contains(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), get.Responses!.Keys);
            }
        }

        var example = json["components"]!["schemas"]!["RouteRequest"]!["examples"]![0]!.ToJsonString();
        var routes = await client.PostAsync("/api/v1/routes", new StringContent(example, Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await routes.Content.ReadAsStringAsync())!;
        Assert.True(routes.IsSuccessStatusCode, body.ToJsonString());
        Assert.Contains("200", document.Paths["/api/v1/routes"].Operations![HttpMethod.Post].Responses!.Keys);
        Assert.NotEmpty(body["routes"]!.AsArray());
        Assert.All(body["routes"]![0]!.AsObject(), p => Assert.True(json["components"]!["schemas"]!["RouteDto"]!["properties"]![p.Key] is not null, $"{p.Key} is not in the RouteDto schema"));

        var planExample = json["components"]!["schemas"]!["PlanRequest"]!["examples"]![0]!.ToJsonString();
        using var authorised = _api.CreateClient();
        authorised.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var plan = await authorised.PostAsync("/api/v1/plans", new StringContent(planExample, Encoding.UTF8, "application/json"));
        var planned = JsonNode.Parse(await plan.Content.ReadAsStringAsync())!;
        Assert.True(plan.IsSuccessStatusCode, planned.ToJsonString());
        Assert.Equal(2, planned["shipments"]!.AsArray().Count);
        Assert.All(planned["shipments"]!.AsArray(), s => Assert.Equal(0, (int)s!["unservedLots"]!));

        var scenarioExample = json["components"]!["schemas"]!["Scenario"]!["examples"]![0]!.ToJsonString();
        var created = await authorised.PostAsync("/api/v1/scenarios", new StringContent(scenarioExample, Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Document_ShouldGiveGeneratorsStringEnumsArrayItemsAndTheKeyScheme()
    {
        var (_, json) = await Read();
        var schemas = json["components"]!["schemas"]!.AsObject();

        // NSwag made integer enums of untyped ones (and sent "modes":[0]): every enum is typed string, without null.
        var enums = schemas.Where(s => s.Value!["enum"] is not null).ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.Equal("string", (string?)e.Value!["type"]));
        Assert.All(enums, e => Assert.DoesNotContain(e.Value!["enum"]!.AsArray(), m => m is null));

        // Times read with the corridor-time rule are still typed.
        Assert.Equal("[\"null\",\"string\"]", schemas["RouteRequest"]!["properties"]!["departure"]!["type"]!.ToJsonString());

        // Every array says what it holds.
        var arrays = Descendants(json).OfType<JsonObject>().Where(o => o["type"] is JsonNode t && t.ToJsonString().Contains("\"array\"", StringComparison.Ordinal)).ToList();
        Assert.All(arrays, a => Assert.True(a["items"] is not null, a.ToJsonString()));

        // The writes declare the X-Api-Key scheme; the reads do not need it.
        var scheme = json["components"]!["securitySchemes"]![TransitOpt.Api.Hosting.OpenApiSetup.ApiKeyScheme]!;
        Assert.Equal(("apiKey", "header", "X-Api-Key"), ((string)scheme["type"]!, (string)scheme["in"]!, (string)scheme["name"]!));
        foreach (var (path, item) in json["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var needsKey = operation!["responses"]?["401"] is not null;
                var declares = operation["security"]?.ToJsonString().Contains(TransitOpt.Api.Hosting.OpenApiSetup.ApiKeyScheme, StringComparison.Ordinal) == true;
                Assert.True(needsKey == declares, $"{method} {path}: answers 401 {needsKey}, declares the key {declares}");
            }
        }
    }

    [Fact]
    public async Task Document_ShouldDeclareTheHeadersTheApiReadsAndWrites()
    {
        var (_, json) = await Read();
        var paths = json["paths"]!;
        static IEnumerable<string?> Parameters(JsonNode operation) => operation["parameters"]!.AsArray().Select(p => (string?)p!["name"]);
        static JsonNode? Header(JsonNode operation, string status, string name) => operation["responses"]![status]!["headers"]?[name];

        var routes = paths["/api/v1/routes"]!["post"]!;
        Assert.Contains("If-None-Match", Parameters(routes));
        Assert.NotNull(Header(routes, "200", "ETag"));
        Assert.NotNull(Header(routes, "429", "Retry-After"));
        Assert.NotNull(Header(paths["/api/v1/scenarios/{id}"]!["get"]!, "200", "ETag"));
        Assert.Contains("If-Match", Parameters(paths["/api/v1/scenarios/{id}"]!["put"]!));
        Assert.Contains("If-Match", Parameters(paths["/api/v1/scenarios/{id}"]!["delete"]!));
        foreach (var jobStarter in new[] { paths["/api/v1/plans"]!["post"]!, paths["/api/v1/scenarios/{id}/evaluation"]!["post"]! })
        {
            Assert.NotNull(Header(jobStarter, "202", "Location"));
            Assert.NotNull(Header(jobStarter, "503", "Retry-After"));
        }

        // GeoJSON is an object schema, not a string.
        var geoJson = paths["/api/v1/network/geojson"]!["get"]!["responses"]!["200"]!["content"]!["application/geo+json"]!["schema"]!;
        Assert.Equal("object", (string?)json["components"]!["schemas"]![((string)geoJson["$ref"]!).Split('/')[^1]]!["type"]);
    }

    [Fact]
    public async Task Reference_ShouldWorkOffline()
    {
        using var client = _api.CreateClient();

        var page = await client.GetStringAsync("/scalar/v1");

        // Closed networks: nothing is fetched from the web (no CDN, no web fonts) and no AI or telemetry calls.
        Assert.DoesNotMatch(@"https?://", page);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }

    public void Dispose() => _api.Dispose();

    private async Task<(OpenApiDocument Document, JsonNode Json)> Read()
    {
        using var client = _api.CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return (result.Document!, JsonNode.Parse(text)!);
    }

    /// <summary>A property's description, also when it sits in a oneOf with null (nullable references).</summary>
    private static string? Description(JsonNode? property) =>
        (string?)property?["description"] ?? property?["oneOf"]?.AsArray().Select(o => (string?)o?["description"]).FirstOrDefault(d => d is not null);
}
