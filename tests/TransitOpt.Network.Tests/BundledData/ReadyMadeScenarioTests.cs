using TransitOpt.Network.Scenarios;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>The scenarios in data/scenarios apply cleanly to the bundled network and change what they say.</summary>
[Trait("Category", "BundledData")]
public sealed class ReadyMadeScenarioTests
{
    public static TheoryData<string> Names => new(Directory.GetFiles(Path.Combine(Scaffolding.BundledData.Directory, "scenarios"), "*.json").Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadyMadeScenario_ShouldApplyToTheBundledNetwork(string name)
    {
        var (scenario, error) = ScenarioJson.Read(File.ReadAllText(Path.Combine(Scaffolding.BundledData.Directory, "scenarios", name + ".json")));

        Assert.Null(error);
        Assert.Equal(name, scenario!.Id);
        Assert.Contains("Sources:", scenario.Description, StringComparison.Ordinal);
        var applied = ScenarioOverlay.Apply(Scaffolding.BundledData.Network, scenario);
        Assert.Empty(applied.Errors);
        Assert.NotEqual(Scaffolding.BundledData.Network.Version, applied.Network!.Version);
    }

    [Fact]
    public void DarbazaMaktaaral_ShouldOpenTheLineAndRaiseTheJunction()
    {
        var (scenario, _) = ScenarioJson.Read(File.ReadAllText(Path.Combine(Scaffolding.BundledData.Directory, "scenarios", "darbaza-maktaaral-open.json")));

        var network = ScenarioOverlay.Apply(Scaffolding.BundledData.Network, scenario!).Network!;

        Assert.Equal(InfrastructureStatus.Open, network.Link(new LinkId("RAIL-DARBAZA-MAKTAARAL")).Status);
        Assert.Equal(570, network.Crossing(new CrossingId("BCP-MAKTAARAL-SYRDARYA-RAIL")).CapacityPerDay.AToB);
    }
}
