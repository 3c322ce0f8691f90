using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// The parts of each edge's cost that do not depend on when it is entered nor on how many vehicles travel, for one
/// tariff, train kind and delay quantile: what a query's lower bounds are summed from. Shared by every query with the
/// same commodity, origin, destination, train kind and quantile (see <see cref="QueryTariff.StaticCosts"/>).
/// </summary>
internal sealed class StaticEdgeCosts
{
    public StaticEdgeCosts(CompactGraph graph, QueryTariff tariff, double[] railExtraHoursPerKm, EtaQuantile quantile)
    {
        var network = graph.Network;
        var tables = network.RoutingTables;
        var count = graph.EdgeCount;
        PerVehicle = new double[count];
        BorderPerVehicle = new double[count];
        WagonPerVehicle = new double[count];
        Hours = new double[count];
        for (var edge = 0; edge < count; edge++)
        {
            if (graph.Kind[edge] == EdgeKind.Transfer)
            {
                var terminal = network.Terminals[graph.TerminalIndex[edge]];
                PerVehicle[edge] = terminal.HandlingUsdPerVehicle;
                BorderPerVehicle[edge] = tariff.EntryUsdPerWagon(edge) + tariff.StartWagonUsd(edge);
                Hours[edge] = terminal.HandlingHours;
                continue;
            }

            var index = graph.LinkIndex[edge];
            var link = network.Links[index];
            var rail = link.Mode == TransportMode.Rail;
            PerVehicle[edge] = (tariff.UsdPerVehicleKm(index) * link.LengthKm) + tariff.EntryUsdPerWagon(edge) + (rail ? tariff.StartWagonUsd(edge) : 0);
            var hours = link.RunningHours + (railExtraHoursPerKm[index] * link.LengthKm);
            if (graph.CrossingIndex[edge] is var c and >= 0)
            {
                BorderPerVehicle[edge] = network.Crossings[c].FeeUsd.From(tables.FromSideA[edge]) + (rail ? tables.GaugeChangeUsdPerWagon[c] : 0);
                hours += tables.LeastDelay[(int)quantile][edge];
            }

            Hours[edge] = hours;
            WagonPerVehicle[edge] = rail ? (tariff.WagonUsdPerHour * hours) + (tariff.UsdPerVehicleKm(index) * link.LengthKm * tariff.EmptyReturnTariffFactor) : 0;
        }
    }

    /// <summary>
    /// Per edge and vehicle, line haul and entry charges (with the loading days where a rail trip starts); for a
    /// transfer, the terminal's handling per vehicle of the mode left.
    /// </summary>
    public double[] PerVehicle { get; }

    /// <summary>Per edge and vehicle, the border fee and gauge change; for a transfer, the rail entry and loading days per wagon.</summary>
    public double[] BorderPerVehicle { get; }

    /// <summary>Per rail edge and wagon, hire for its least hours and the empty return.</summary>
    public double[] WagonPerVehicle { get; }

    /// <summary>Per edge, the least hours: running, yard and technical time, the least border delay, or terminal handling.</summary>
    public double[] Hours { get; }
}
