using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Clients.Tests.Fixtures;

/// <summary>
/// The API in-process with a real redis-server, a write key, and plans of more than two shipments run as jobs, for the
/// generated clients to call through the factory's HttpClient.
/// </summary>
public sealed class ClientsApi : IDisposable
{
    public const string Key = "clients-key";

    /// <summary>Plans up to this many shipments are answered at once; larger ones become jobs.</summary>
    public const int SynchronousShipments = 2;

    private readonly RedisServer _redis = new();
    private readonly TransitOptApi _api;

    public ClientsApi() => _api = new TransitOptApi(_redis.ConnectionString, settings: new Dictionary<string, string>
    {
        ["Auth:ApiKeys:0"] = Key,
        ["Limits:SynchronousPlanShipments"] = SynchronousShipments.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>An HttpClient on the API that sends the write key.</summary>
    public HttpClient CreateClient()
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    /// <summary>
    /// An HttpClient on the API through the given handlers (a generator runtime's middleware), the in-process server
    /// last, that sends the write key.
    /// </summary>
    public HttpClient CreateClient(Func<HttpMessageHandler, HttpClient> withHandlers)
    {
        ArgumentNullException.ThrowIfNull(withHandlers);
        var client = withHandlers(_api.Server.CreateHandler());
        client.BaseAddress = _api.Server.BaseAddress;
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public void Dispose()
    {
        _api.Dispose();
        _redis.Dispose();
    }
}
