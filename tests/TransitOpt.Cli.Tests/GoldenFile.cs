using System.Runtime.CompilerServices;

namespace TransitOpt.Cli.Tests;

/// <summary>
/// Compares a command's printed tables with <c>Golden/NAME.txt</c>. On a difference it writes
/// <c>Golden/NAME.received.txt</c> and fails; when the new output is right, accept it with
/// <c>mv tests/TransitOpt.Cli.Tests/Golden/NAME.received.txt tests/TransitOpt.Cli.Tests/Golden/NAME.txt</c>.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(SourceFolder(), "Golden");
        var expectedPath = Path.Combine(folder, name + ".txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var received = actual.ReplaceLineEndings("\n");
        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath).ReplaceLineEndings("\n") == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(File.Exists(expectedPath)
            ? $"The output differs from {expectedPath}. See the change with: diff -u {expectedPath} {receivedPath}; if the new output is right: mv {receivedPath} {expectedPath}"
            : $"There is no {expectedPath} yet. Review {receivedPath}; if it is right: mv {receivedPath} {expectedPath}");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
