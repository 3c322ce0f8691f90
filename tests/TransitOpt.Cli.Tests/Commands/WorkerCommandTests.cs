namespace TransitOpt.Cli.Tests.Commands;

public sealed class WorkerCommandTests
{
    [Fact]
    public void Worker_WithoutRedis_ShouldExitTwoNamingTheSetting()
    {
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Redis")), "the test needs ConnectionStrings__Redis unset");

        var run = CliRun.Of("worker", "--data", CliRun.BundledData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--redis or set ConnectionStrings__Redis", run.Error, StringComparison.Ordinal);
    }
}
