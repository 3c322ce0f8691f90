using System.Security.Cryptography;
using System.Text;

namespace TransitOpt.Network.Loading;

/// <summary>Computes the network version from the data files' bytes.</summary>
internal static class ContentHash
{
    /// <summary>SHA-256 over each file's name and content (line endings normalised, so a checkout's CRLF does not count).</summary>
    public static NetworkVersion Of(IEnumerable<(string Name, string Text)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        }

        return new NetworkVersion(Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }
}
