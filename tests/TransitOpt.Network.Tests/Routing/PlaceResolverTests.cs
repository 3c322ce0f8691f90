using System.Text.Json.Nodes;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Tests.Scaffolding;

namespace TransitOpt.Network.Tests.Routing;

public sealed class PlaceResolverTests
{
    private static readonly TransportMode[] Both = [TransportMode.Rail, TransportMode.Road];
    private static readonly TransportMode[] Road = [TransportMode.Road];

    [Theory]
    [InlineData("UZ-TASHKENT")]
    [InlineData("uz-tashkent")]
    [InlineData("Tashkent")]
    [InlineData("  TASHKENT ")]
    public void Resolve_IdOrNameInAnyCase_ShouldFindThePlace(string text)
    {
        var network = new TinyCorridor().Load().Network!;

        var resolution = PlaceResolver.Resolve(network, text, Both);

        Assert.Equal("UZ-TASHKENT", resolution.Place?.Id.Value);
        Assert.Null(resolution.Problem);
    }

    [Fact]
    public void Resolve_OtherSpelling_ShouldFindThePlace()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Places, "TJ-KHUJAND")["altNames"] = new JsonArray("Leninabad", "Khodjent");
        var network = data.Load().Network!;

        Assert.Equal("TJ-KHUJAND", PlaceResolver.Resolve(network, "leninabad", Both).Place?.Id.Value);
    }

    [Fact]
    public void Resolve_UnknownName_ShouldSuggestSimilarPlaces()
    {
        var network = new TinyCorridor().Load().Network!;

        var resolution = PlaceResolver.Resolve(network, "Tash", Both);

        Assert.Null(resolution.Place);
        Assert.Contains("unknown place 'Tash'", resolution.Problem, StringComparison.Ordinal);
        Assert.Contains("Tashkent (UZ-TASHKENT)", resolution.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NameOfTwoPlaces_ShouldListTheCandidates()
    {
        var data = new TinyCorridor();
        TinyCorridor.Feature(data.Places, "UZ-KELES")["name"] = "Tashkent";
        var network = data.Load().Network!;

        var resolution = PlaceResolver.Resolve(network, "Tashkent", Both);

        Assert.Null(resolution.Place);
        Assert.Equal(["UZ-KELES", "UZ-TASHKENT"], resolution.Candidates.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_Coordinates_ShouldSnapToTheNearestPlaceOfTheMode()
    {
        var network = new TinyCorridor().Load().Network!;

        // 69.30,40.47 lies next to the Oybek road post, which has no rail.
        var byRoad = PlaceResolver.Resolve(network, "69.30,40.47", Road);
        var byRail = PlaceResolver.Resolve(network, "69.30,40.47", [TransportMode.Rail]);

        Assert.Equal("UZ-OYBEK", byRoad.Place?.Id.Value);
        Assert.True(byRoad.SnappedKm < 3);
        Assert.Equal("UZ-BEKABAD", byRail.Place?.Id.Value);
    }

    [Fact]
    public void Resolve_CoordinatesFarFromTheNetwork_ShouldBeRefused()
    {
        var network = new TinyCorridor().Load().Network!;

        var resolution = PlaceResolver.Resolve(network, "80.0,50.0", Both);

        Assert.Null(resolution.Place);
        Assert.Contains("within 100 km", resolution.Problem, StringComparison.Ordinal);
    }
}
