namespace TransitOpt.Network.Costs;

/// <summary>What is shipped; decides where it may go (hazardous, oversize) and nothing else.</summary>
public enum CargoKind
{
    /// <summary>Containers (ISO boxes).</summary>
    Container,

    /// <summary>Bulk: grain, ore, coal, cement.</summary>
    Bulk,

    /// <summary>General cargo: bags, pallets, metals.</summary>
    General,

    /// <summary>Refrigerated cargo: fruit, vegetables.</summary>
    Reefer,

    /// <summary>Dangerous goods (ADR/RID classes): banned from some tunnels and passes.</summary>
    Hazardous,

    /// <summary>Out-of-gauge or heavy indivisible loads: banned from some tunnels, passes and bridges.</summary>
    Oversize,
}

/// <summary>The unit a cargo quantity is given in.</summary>
public enum CargoUnit
{
    /// <summary>Twenty-foot equivalent units.</summary>
    Teu,

    /// <summary>Metric tonnes.</summary>
    Tonnes,

    /// <summary>Rail wagons.</summary>
    Wagons,

    /// <summary>Trucks.</summary>
    Trucks,
}

/// <summary>A consignment: its kind and how much of it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Quantity">How much, in <paramref name="Unit"/>; greater than zero.</param>
/// <param name="Unit">The unit of <paramref name="Quantity"/>.</param>
public sealed record Cargo(CargoKind Kind, double Quantity, CargoUnit Unit)
{
    /// <summary>Mean load of a loaded TEU (estimate: GLEC-style default of about 10 t per loaded TEU).</summary>
    public const double TonnesPerTeu = 10;

    /// <summary>Tare of a tractor with semi-trailer, for gross weight against road limits (estimate).</summary>
    public const double TruckTareTonnes = 15;

    /// <summary>The cargo's mass in tonnes.</summary>
    public double Tonnes(IReadOnlyDictionary<TransportMode, VehicleType> vehicles)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        return Unit switch
        {
            CargoUnit.Teu => Quantity * TonnesPerTeu,
            CargoUnit.Tonnes => Quantity,
            CargoUnit.Wagons => Quantity * vehicles[TransportMode.Rail].PayloadTonnes,
            _ => Quantity * vehicles[TransportMode.Road].PayloadTonnes,
        };
    }

    /// <summary>Whole vehicles (wagons or trucks) needed to carry the cargo by <paramref name="mode"/>.</summary>
    public int Vehicles(TransportMode mode, IReadOnlyDictionary<TransportMode, VehicleType> vehicles)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        var vehicle = vehicles[mode];
        var count = Unit switch
        {
            CargoUnit.Teu => Quantity / vehicle.Teu,
            CargoUnit.Wagons when mode == TransportMode.Rail => Quantity,
            CargoUnit.Trucks when mode == TransportMode.Road => Quantity,
            _ => Tonnes(vehicles) / vehicle.PayloadTonnes,
        };
        return Math.Max(1, (int)Math.Ceiling(count - 1e-9));
    }

    /// <summary>Gross weight of one loaded truck, for road weight limits.</summary>
    public double TruckGrossTonnes(IReadOnlyDictionary<TransportMode, VehicleType> vehicles) =>
        TruckTareTonnes + (Tonnes(vehicles) / Vehicles(TransportMode.Road, vehicles));
}
