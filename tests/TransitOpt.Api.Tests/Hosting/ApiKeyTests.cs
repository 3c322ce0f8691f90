using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Hosting;

/// <summary>A newcomer's first write works in Development; elsewhere a service without keys says which setting to set.</summary>
public sealed class ApiKeyTests
{
    [Fact]
    public async Task DevelopmentWithoutAKey_ShouldAcceptTheGeneratedKeyOnly()
    {
        using var api = new TransitOptApi(null);
        using var development = api.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var client = development.CreateClient();
        var key = development.Services.GetRequiredService<DevelopmentApiKey>().Key;

        var without = await client.SendAsync(Create(null));
        var wrong = await client.SendAsync(Create("dev-guess"));
        var with = await client.SendAsync(Create(key));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.StartsWith("dev-", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithoutAKey_ShouldRefuseWritesNamingTheSetting()
    {
        using var api = new TransitOptApi(null);
        using var production = api.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();

        var response = await client.SendAsync(Create("anything"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Auth__ApiKeys__0", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!, StringComparison.Ordinal);
        Assert.Null(production.Services.GetService<DevelopmentApiKey>());
    }

    [Fact]
    public void DevelopmentWithAConfiguredKey_ShouldGenerateNone()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = "chosen" });
        using var development = api.WithWebHostBuilder(b => b.UseEnvironment("Development"));

        Assert.Null(development.Services.GetService<DevelopmentApiKey>());
    }

    private static HttpRequestMessage Create(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scenarios")
        {
            Content = new StringContent(OpenApiSetup.ScenarioExample, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add(ApiKeyCheck.Header, key);
        }

        return request;
    }
}
