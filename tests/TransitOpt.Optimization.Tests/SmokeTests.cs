namespace TransitOpt.Optimization.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void OrTools_ShouldRun() => Assert.Equal(5, Smoke.Run(), 6);
}
