using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using TransitOpt.Api.Contracts.Places;
using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Api.Contracts.Scenarios;

namespace TransitOpt.Api.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Scalar reference at <c>/scalar/v1</c>.</summary>
internal static class OpenApiSetup
{
    public const string RouteRequestExample = """
        { "origin": { "place": "Kostanay" }, "destination": { "point": { "lon": 68.78, "lat": 38.56 } }, "cargo": { "kind": "container", "quantity": 40, "unit": "teu" },
          "departure": "2026-03-03T08:00:00+05:00", "modes": ["rail", "road"], "objective": "balanced", "alternatives": 3,
          "includeGeometry": false }
        """;

    public const string PlanRequestExample = """
        { "shipments": [
            { "id": "GR-1", "origin": { "place": "Kostanay" }, "destination": { "place": "Dushanbe" }, "cargo": { "kind": "bulk", "quantity": 12, "unit": "wagons" },
              "ready": "2026-03-02", "due": "2026-03-14", "commodity": "grain" },
            { "id": "CT-1", "origin": { "place": "KZ-ALMATY" }, "destination": { "place": "Khujand" }, "cargo": { "kind": "container", "quantity": 20, "unit": "teu" },
              "ready": "2026-03-03", "due": "2026-03-12" } ],
          "horizonDays": 14, "timeLimitSeconds": 10, "etaQuantile": "p50" }
        """;

    public const string ScenarioExample = """
        { "id": "kazygurt-closed-week", "name": "Kazygurt road post closed for a week",
          "description": "What if the Kazygurt–Gisht-Kuprik road post is shut 1–7 March 2026 (works, or a border dispute)?",
          "changes": [ { "op": "closeCrossing", "target": "BCP-KAZYGURT-ROAD", "from": "2026-03-01", "to": "2026-03-07" } ] }
        """;

    /// <summary>The security scheme of the write operations.</summary>
    public const string ApiKeyScheme = "ApiKey";

    public static void AddTransitOptOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "TransitOpt API",
                    Version = "v1",
                    Description = "Freight routes and plans on the Kazakhstan–Tajikistan transit corridor: the real rail and road network with every freight border crossing. Errors are RFC 9457 problem+json; cacheable answers carry ETag and X-Cache. Units: km, hours, USD (to cents), kg; times ISO 8601 with offset, to whole seconds. Plans need an API key in X-Api-Key.",
                    Contact = new OpenApiContact { Name = "TransitOpt maintainers" },
                    License = new OpenApiLicense { Name = "Proprietary: TransitOpt project, all rights reserved", Identifier = "LicenseRef-TransitOpt" },
                };
                // The document is served by the API it describes: its own origin, whatever host name the client used.
                document.Servers = [new OpenApiServer { Url = "/", Description = "This service" }];
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Network", Description = "The rail and road network: places, border crossings and the whole network as GeoJSON." },
                    new() { Name = "Routes", Description = "Border-aware, time-dependent multimodal routes with genuinely different alternatives." },
                    new() { Name = "Plans", Description = "Many shipments planned together against daily capacities; large plans run as jobs." },
                    new() { Name = "Scenarios", Description = "Infrastructure what-ifs (closures, capacities, new links) saved and evaluated against the baseline." },
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyCheck.Header,
                    Description = "Write operations (plans, scenarios, evaluations) need a key from the service's Auth:ApiKeys setting.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(OpenApiHeaders.Declare);
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (operation.OperationId == "GetNetworkGeoJson"
                    && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/geo+json", out var geoJson) == true)
                {
                    // A named component, so that generators name its type (not "Response").
                    context.Document!.AddComponent(OpenApiShapes.FeatureCollectionName, OpenApiShapes.FeatureCollection());
                    geoJson.Schema = new OpenApiSchemaReference(OpenApiShapes.FeatureCollectionName, context.Document);
                }

                // The reads say they need no key (an empty requirement), so that no operation leaves it unsaid.
                operation.Security = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKey>().Any()
                    ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] }]
                    : [new OpenApiSecurityRequirement()];

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // Enums go out as strings (camelCase names): say so, so that generators make string enums, not integers;
                // a nullable use is written where the enum is used (oneOf with null), not inside the enum.
                if (schema.Enum is { Count: > 0 } members && schema.Type is null)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = [.. members.Where(m => m is not null)];
                }

                if (context.JsonTypeInfo.Type == typeof(JsonNode) || context.JsonTypeInfo.Type == typeof(JsonObject))
                {
                    OpenApiShapes.DescribeGeoJson(schema);
                }
                else if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) == typeof(Commodity))
                {
                    // Read by a converter of its own (names or shippers' words), which hides the enum from the generator.
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = [.. Enum.GetNames<Commodity>().Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n)))];
                }
                else if (context.JsonTypeInfo.Type == typeof(PlaceInput))
                {
                    OpenApiShapes.DescribePlace(schema);
                }
                else if (context.JsonTypeInfo.Type == typeof(RouteRequest))
                {
                    schema.Examples = [JsonNode.Parse(RouteRequestExample)!];
                    NullableString(schema, "date-time", "departure");
                }
                else if (context.JsonTypeInfo.Type == typeof(Scenario))
                {
                    schema.Examples = [JsonNode.Parse(ScenarioExample)!];
                }
                else if (context.JsonTypeInfo.Type == typeof(ShipmentInput))
                {
                    NullableString(schema, "date", "ready", "due");
                }
                else if (context.JsonTypeInfo.Type == typeof(PlanRequest))
                {
                    schema.Examples = [JsonNode.Parse(PlanRequestExample)!];
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Types properties read by a custom converter (corridor times and days), which hides their type from the schema
    /// generator, as nullable strings of the format.
    /// </summary>
    private static void NullableString(OpenApiSchema schema, string format, params string[] properties)
    {
        foreach (var name in properties)
        {
            if (schema.Properties?.TryGetValue(name, out var property) == true && property is OpenApiSchema typed)
            {
                typed.Type = JsonSchemaType.String | JsonSchemaType.Null;
                typed.Format = format;
            }
        }
    }

    public static void MapTransitOptOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        // Offline-friendly: the reference is served from the package, with no web fonts, no AI agent, no telemetry and
        // no online client buttons (ministry networks are often closed); the X-Api-Key scheme is preselected.
        app.MapScalarApiReference("/scalar", options => options
            .WithTitle("TransitOpt API")
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideClientButton()
            .AddPreferredSecuritySchemes(ApiKeyScheme));
    }
}
