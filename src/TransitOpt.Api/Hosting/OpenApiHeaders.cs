using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TransitOpt.Api.Hosting;

/// <summary>Declares the HTTP headers the API reads and writes: conditional requests, job locations, retry hints.</summary>
internal static class OpenApiHeaders
{
    /// <summary>Operations whose 202 points at the job with Location.</summary>
    private static readonly HashSet<string> JobStarters = ["CreatePlan", "EvaluateScenario"];

    /// <summary>Operations whose 200 carries the scenario version as ETag.</summary>
    private static readonly HashSet<string> Versioned = ["GetScenario", "ReplaceScenario"];

    public static Task Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (operation.Responses is not { } responses)
        {
            return Task.CompletedTask;
        }

        if (responses.ContainsKey("304"))
        {
            Parameter(operation, "If-None-Match", "The ETag of an earlier answer: 304 Not Modified, with no body, while it still holds.");
            Header(responses, "200", "ETag", "Identifies this answer; send it back in If-None-Match.");
        }

        if (responses.ContainsKey("412"))
        {
            Parameter(operation, "If-Match", "The ETag of the version to change (\"v3\"): 412 Precondition Failed when it is no longer the current one.");
        }

        if (Versioned.Contains(operation.OperationId ?? ""))
        {
            Header(responses, "200", "ETag", "The scenario version (\"v3\"); send it in If-Match to change only this version.");
        }

        if (JobStarters.Contains(operation.OperationId ?? ""))
        {
            Header(responses, "202", "Location", "The job: GET it (with ?waitSeconds= to wait for the end).");
        }

        foreach (var status in new[] { "429", "503" })
        {
            Header(responses, status, "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
        }

        return Task.CompletedTask;
    }

    private static void Parameter(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void Header(OpenApiResponses responses, string status, string name, string description, JsonSchemaType type = JsonSchemaType.String)
    {
        if (responses.TryGetValue(status, out var found) && found is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
        }
    }
}
