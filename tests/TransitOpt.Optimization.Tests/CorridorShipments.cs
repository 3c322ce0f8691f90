using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Tests;

/// <summary>Shipments of the corridor's two staple flows, from Monday 2 March 2026: grain south by rail, onions north by truck.</summary>
internal static class CorridorShipments
{
    public static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>Wagons of grain Almaty → Dushanbe, ready on day 0 and due on day 2.</summary>
    public static List<ShipmentRequest> GrainToDushanbe(int count, int wagons) =>
        [.. Enumerable.Range(0, count).Select(i => new ShipmentRequest(
            $"GRAIN-{i}", BundledNetwork.Named("Almaty"), BundledNetwork.Named("Dushanbe"),
            new Cargo(CargoKind.Bulk, wagons, CargoUnit.Wagons), Start, Start.AddDays(2)))];

    /// <summary>Reefer trucks of onions Khujand → Almaty, ready over three days with five days each.</summary>
    public static List<ShipmentRequest> OnionsToAlmaty(int count, int trucks) =>
        [.. Enumerable.Range(0, count).Select(i => new ShipmentRequest(
            $"ONIONS-{i}", BundledNetwork.Named("Khujand"), BundledNetwork.Named("Almaty"),
            new Cargo(CargoKind.Reefer, trucks, CargoUnit.Trucks), Start.AddDays(i % 3), Start.AddDays(5 + (i % 3))))];
}
