using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TransitOpt.Api.Problems;

/// <summary>Every error is RFC 9457 problem+json with the request's trace id.</summary>
internal static class ProblemSetup
{
    public static void AddTransitOptProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Detail = Shorten(context.ProblemDetails.Detail);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                foreach (var (field, messages) in validation.Errors.ToList())
                {
                    validation.Errors.Remove(field);
                    validation.Errors[Shorten(field)!] = [.. messages.Select(m => Shorten(m)!)];
                }
            }
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
    }

    /// <summary>Longest text a problem repeats back; a client's 2 MB string is not echoed in full.</summary>
    public const int MaxEchoedCharacters = 500;

    private static string? Shorten(string? text) =>
        text is { Length: > MaxEchoedCharacters } ? string.Concat(text.AsSpan(0, MaxEchoedCharacters), $"… ({text.Length:N0} characters)") : text;

    public static void UseTransitOptProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }
}

/// <summary>
/// Turns request-reading failures into problem+json that says what is wrong and where: malformed JSON or a value of the
/// wrong type (with its JSON path) → 400, a body over the size limit → 413; and an unreachable scenario store → 503.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is Scenarios.ScenarioConflictException conflict)
        {
            httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Scenario no longer applies", Detail = conflict.Message },
            });
        }

        if (exception is Scenarios.ScenarioStoreUnavailableException or StackExchange.Redis.RedisException or StackExchange.Redis.RedisTimeoutException)
        {
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "5";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Scenario store unavailable",
                    Detail = "Scenarios are kept in Redis, which does not answer; requests without a scenario still work. Retry after the time in Retry-After.",
                },
            });
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = exception.InnerException as JsonException;
        var field = json?.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body";
        var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The request body is larger than the service accepts."
            : json is null
                ? bad.Message
                : $"'{field}' is not valid: {Explain(json.Message, field)}";
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "The request could not be read",
            Detail = detail,
        };
        if (bad.StatusCode == StatusCodes.Status400BadRequest)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A reader's message in a client's words: for an enum, the values it takes.</summary>
    private static string Explain(string message, string field)
    {
        // The named type is an enum, or a record whose property at the end of the path is one (e.g. a change's op).
        var named = System.Text.RegularExpressions.Regex.Matches(message, @"TransitOpt(?:\.\w+)+")
            .Select(m => typeof(ProblemSetup).Assembly.GetType(m.Value))
            .Where(t => t is not null)
            .ToList();
        var property = field.Split('.')[^1];
        var enumType = named.FirstOrDefault(t => t!.IsEnum)
            ?? named.Select(t => t!.GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.PropertyType)
                .Select(t => t is null ? null : Nullable.GetUnderlyingType(t) ?? t)
                .FirstOrDefault(t => t is { IsEnum: true });
        if (enumType is not null)
        {
            return $"use one of {string.Join(", ", Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}";
        }

        var type = System.Text.RegularExpressions.Regex.Match(message, @"converted to (?:System\.Nullable`1\[)?System\.(\w+)");
        return type.Success
            ? $"expected a value of type {type.Groups[1].Value}"
            : System.Text.RegularExpressions.Regex.Replace(message.Split(". Path")[0], @"(?:System|TransitOpt)(?:\.[\w`\[\]]+)+", "the expected shape");
    }
}
