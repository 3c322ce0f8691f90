using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TransitOpt.Api.Tests.Fixtures;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port, started for the tests and stopped after them (no persistence).
/// It can be stopped and started again on the same port to test a Redis outage. The README's test command installs
/// redis-server on a fresh Debian machine.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    public RedisServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    public void Start()
    {
        var info = new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("redis-server is not installed: run the README's test command (it installs it) or apt-get install -y redis-server.", exception);
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Ping())
            {
                return;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port}.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open but no command is answered, so clients time out.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>Lets a paused server answer again (SIGCONT).</summary>
    public void Resume() => Signal("CONT");

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process!.Id}");
        kill.WaitForExit();
    }

    /// <summary>Keys stored by the service (HybridCache's second level).</summary>
    public int KeyCount()
    {
        var reply = Command("DBSIZE");
        return reply.StartsWith(':') ? int.Parse(reply[1..].Trim(), System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    public void Dispose() => Stop();

    private bool Ping()
    {
        try
        {
            return Command("PING").StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A command's raw reply (RESP), up to 64 KB.</summary>
    public string Command(string command)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, Port);
        using var stream = client.GetStream();
        stream.Write(Encoding.ASCII.GetBytes(command + "\r\n"));
        var buffer = new byte[64 * 1024];
        var read = stream.Read(buffer);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
