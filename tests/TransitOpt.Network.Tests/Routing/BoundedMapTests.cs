using System.Globalization;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Routing;

public sealed class BoundedMapTests
{
    [Fact]
    public void Keep_FromManyThreadsPastTheBound_ShouldKeepExactlyTheBound()
    {
        var map = new BoundedMap<int, string>(100);
        var kept = new bool[1_000];
        Parallel.For(0, kept.Length, key => kept[key] = ReferenceEquals(map.Keep(key, key.ToString(CultureInfo.InvariantCulture)), map.TryGet(key, out var found) ? found : null));

        Assert.Equal(100, map.Count);
        Assert.False(map.HasRoom);
        Assert.Equal(100, Enumerable.Range(0, kept.Length).Count(key => map.TryGet(key, out _)));
        Assert.All(Enumerable.Range(0, kept.Length).Where(key => map.TryGet(key, out _)), key => Assert.True(kept[key]));
    }

    [Fact]
    public void Keep_TheSameKeyTwice_ShouldAnswerWithTheFirstValueAndCountItOnce()
    {
        var map = new BoundedMap<string, double[]>(4);
        var first = new double[] { 1 };

        Assert.Same(first, map.Keep("a", first));
        Assert.Same(first, map.Keep("a", [2]));
        Assert.Equal(1, map.Count);
    }
}
