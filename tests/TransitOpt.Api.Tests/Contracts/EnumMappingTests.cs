using TransitOpt.Api.Contracts.Network;
using TransitOpt.Api.Contracts.Plans;
using TransitOpt.Api.Contracts.Routes;
using TransitOpt.Api.Contracts.Scenarios;
using Domain = TransitOpt.Network;

namespace TransitOpt.Api.Tests.Contracts;

/// <summary>
/// Every value of a domain enum that goes out has a wire value (a new domain value fails here, not in a client's
/// request), and every value a client may send maps into the domain and back to itself.
/// </summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void EveryDomainValue_ShouldHaveAWireValue()
    {
        AssertEachHasItsOwnWireValue<Domain.PlaceKind>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Domain.InfrastructureStatus>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Domain.CrossingAdmission>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Domain.CustomsRegime>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Optimization.Planning.PlanStatus>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Domain.Routing.ResourceKind>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Domain.Routing.ResourceDirection>(v => v.ToWire());
        AssertEachHasItsOwnWireValue<Optimization.Planning.UnservedReason>(v => v.ToWire());
    }

    [Fact]
    public void EveryWireValueAClientSends_ShouldMapIntoTheDomainAndBack()
    {
        Assert.All(Enum.GetValues<TransportMode>(), v => Assert.Equal(v, v.ToDomain().ToWire()));
        Assert.All(Enum.GetValues<ScenarioOperation>(), v => Assert.Equal(v, v.ToDomain().ToWire()));
        Assert.Equal(Enum.GetValues<Domain.TransportMode>().Length, Enum.GetValues<TransportMode>().Length);
        Assert.Equal(Enum.GetValues<Domain.Scenarios.ScenarioOperation>().Length, Enum.GetValues<ScenarioOperation>().Length);
        AssertDistinct<CargoKind, Domain.Costs.CargoKind>(v => v.ToDomain());
        AssertDistinct<CargoUnit, Domain.Costs.CargoUnit>(v => v.ToDomain());
        AssertDistinct<Commodity, Domain.Costs.Commodity>(v => v.ToDomain());
        Assert.All(Enum.GetValues<Commodity>(), v => Assert.Equal(v, CommodityMapping.FromDomain(v.ToDomain())));
        AssertDistinct<EtaQuantile, Domain.EtaQuantile>(v => v.ToDomain());
        AssertDistinct<RouteObjective, Domain.Routing.RouteObjective>(v => v.ToDomain());
    }

    private static void AssertEachHasItsOwnWireValue<TDomain>(Func<TDomain, Enum> toWire)
        where TDomain : struct, Enum
    {
        var wire = Enum.GetValues<TDomain>().Select(toWire).ToList();
        Assert.Equal(wire.Count, wire.Distinct().Count());
    }

    /// <summary>Each wire value maps to its own domain value, and the domain has no value a client cannot send.</summary>
    private static void AssertDistinct<TWire, TDomain>(Func<TWire, TDomain> toDomain)
        where TWire : struct, Enum
        where TDomain : struct, Enum
    {
        var domain = Enum.GetValues<TWire>().Select(toDomain).ToHashSet();
        Assert.Equal(Enum.GetValues<TDomain>().Order(), domain.Order());
    }
}
