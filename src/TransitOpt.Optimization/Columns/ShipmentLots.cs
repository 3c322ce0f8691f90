using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Columns;

/// <summary>
/// A shipment split into whole vehicle-loads ("lots"), the planner's integral unit: one wagon for wagon shipments, one
/// truck for truck shipments, two TEU (one wagon or one truck) for containers, and one wagon-load (65 t) or, below
/// that, one truck-load (20 t) for tonnes. On each mode a lot takes whole vehicles (a 65 t lot fills four trucks).
/// A shipment in wagons is loaded when it is ready, so every day a lot waits before leaving costs its wagon's hire
/// (<see cref="HoldingPerLotDay"/>); other units wait in the shipper's storage, which the model does not price.
/// </summary>
internal sealed record ShipmentLots(int Index, ShipmentRequest Request, Cargo LotCargo, int Lots, double QuantityPerLot, double PenaltyPerLot, int ReadyDay, int DueDay, double HoldingPerLotDay)
{
    public static ShipmentLots Of(int index, ShipmentRequest request, PlanProblem problem, TransitNetwork network, PlanOptions options)
    {
        var cargo = request.Cargo;
        var vehicles = network.VehiclesFor(request.Commodity ?? Commodities.Default(cargo.Kind));
        var railPayload = vehicles[TransportMode.Rail].PayloadTonnes;
        var roadPayload = vehicles[TransportMode.Road].PayloadTonnes;
        var (lot, perLot) = cargo.Unit switch
        {
            CargoUnit.Wagons => (cargo with { Quantity = 1 }, 1.0),
            CargoUnit.Trucks => (cargo with { Quantity = 1 }, 1.0),
            CargoUnit.Teu => (cargo with { Quantity = 2 }, 2.0),
            _ when cargo.Quantity >= railPayload => (cargo with { Quantity = railPayload }, railPayload),
            _ => (cargo with { Quantity = roadPayload }, roadPayload),
        };
        var lots = Math.Max(1, (int)Math.Ceiling((cargo.Quantity / perLot) - 1e-9));
        var penalty = request.UnservedPenaltyUsd is { } total ? total / lots : options.DefaultUnservedUsdPerLot;
        var tariffs = network.RailTariffs;
        var holding = cargo.Unit == CargoUnit.Wagons
            ? tariffs.UsdPerWagonDay(tariffs.Spec(request.Commodity ?? Commodities.Default(cargo.Kind))?.Wagon)
            : 0;
        return new ShipmentLots(
            index, request, lot, lots, perLot, penalty,
            request.Ready.DayNumber - problem.Start.DayNumber,
            request.Due.DayNumber - problem.Start.DayNumber,
            holding);
    }

    /// <summary>The first day of the horizon the shipment may leave.</summary>
    public int FirstDepartureDay => Math.Max(0, ReadyDay);

    /// <summary>What a lot's waiting costs when it leaves on <paramref name="day"/> (from its first possible day).</summary>
    public double HoldingCost(int day) => Math.Max(0, day - FirstDepartureDay) * HoldingPerLotDay;

    /// <summary>The shipment's wagons by rail: they run together (a block train from 50 wagons).</summary>
    public int TrainWagons(TransitNetwork network) =>
        Request.Cargo.Vehicles(TransportMode.Rail, network.VehiclesFor(Request.Commodity ?? Commodities.Default(Request.Cargo.Kind)));

    /// <summary>Days a shipment may still leave after its due day (arriving late, at the lateness cost, rather than never).</summary>
    public const int LateDepartureDays = 3;

    /// <summary>The days the shipment may leave within a horizon of <paramref name="horizonDays"/> days, first to last.</summary>
    public IEnumerable<int> DepartureDays(int horizonDays) =>
        Enumerable.Range(FirstDepartureDay, Math.Max(0, LastDepartureDay(horizonDays) - FirstDepartureDay + 1));

    /// <summary>The last day the shipment may leave within a horizon of <paramref name="horizonDays"/> days.</summary>
    public int LastDepartureDay(int horizonDays) => Math.Min(Math.Max(DueDay, ReadyDay) + LateDepartureDays, horizonDays - 1);

    /// <summary>The quantity of <paramref name="lots"/> lots in the shipment's unit (the last lot may be partial).</summary>
    public double Quantity(int lots) => Math.Min(Request.Cargo.Quantity, lots * QuantityPerLot);
}
