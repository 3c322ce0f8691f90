using TransitOpt.Network;
using TransitOpt.Network.Loading;
using TransitOpt.Network.Routing;

namespace TransitOpt.Api.Hosting;

/// <summary>The loaded base network and the router on it, built once at start.</summary>
internal sealed class NetworkState(TransitNetwork network)
{
    public TransitNetwork Network { get; } = network;

    public Router Router { get; } = new(network);

    /// <summary>Loads the data folder, or fails start-up with the data errors.</summary>
    public static NetworkState Load(string directory) => new(NetworkLoader.LoadOrThrow(directory));
}
