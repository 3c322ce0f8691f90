using TransitOpt.Network.Costs;

namespace TransitOpt.Benchmarks.Demand;

/// <summary>The bounds of one shipment's quantity by unit, as in the scale-1000 and scale-5000 sets.</summary>
internal static class LotSize
{
    /// <summary>Units that fill one wagon or truck (a flat wagon carries two TEU, a truck 20 t).</summary>
    public static double PerVehicle(CargoUnit unit) => unit switch
    {
        CargoUnit.Teu => 2,
        CargoUnit.Tonnes => 20,
        _ => 1,
    };

    /// <summary>The smallest lot: one vehicle, two TEU, 20 t.</summary>
    public static double Min(CargoUnit unit) => PerVehicle(unit);

    /// <summary>The largest lot: a 57-wagon train, ten trucks, 80 TEU, 3,000 t.</summary>
    public static double Max(CargoUnit unit) => unit switch
    {
        CargoUnit.Wagons => 57,
        CargoUnit.Trucks => 10,
        CargoUnit.Teu => 80,
        _ => 3_000,
    };
}
