using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Checking;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Tests.Solvers;

/// <summary>
/// The repair that serves lots a whole-vehicle plan leaves unserved by moving other lots out of their way, against
/// brute force over the same columns and SCIP's optimum over them.
/// </summary>
public sealed class UnservedRepairTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>
    /// Four wagons from Shymkent fill Saryagash–Keles (four a day); one wagon from Saryagash itself has no other way that
    /// pays. Moving one of the four to the Maktaaral line makes room: the repair finds the brute-force optimum.
    /// </summary>
    [Fact]
    public void Repair_WhenAnotherShipmentCanMove_ShouldServeTheLotAtTheBruteForceOptimum()
    {
        var network = SmallCorridor.Load(saryagashPerDay: 4, maktaaralPerDay: 3);
        var problem = new PlanProblem(
            [
                new ShipmentRequest("FILLS", new NodeId("KZ-SHYMKENT"), new NodeId("UZ-TASHKENT"), new Cargo(CargoKind.Bulk, 4, CargoUnit.Wagons), Start, Start.AddDays(3), 40_000),
                new ShipmentRequest("SHUT-OUT", new NodeId("KZ-SARYAGASH"), new NodeId("UZ-TASHKENT"), new Cargo(CargoKind.Bulk, 1, CargoUnit.Wagons), Start, Start.AddDays(3), 10_000),
            ],
            Start,
            3);
        var (shipments, master, factory) = Setup(network, problem);
        var fills = factory.Alternatives([(shipments[0], 0)], 3, int.MaxValue, () => false).OrderBy(c => c.CostPerLot).ToList();
        var shutOut = factory.Best(shipments[1], 0, null)!;
        Assert.True(fills.Count >= 2, "Shymkent should have a way by Saryagash and one by Maktaaral");
        Assert.Contains(fills[0].Uses, u => shutOut.Uses.Any(v => v.Row == u.Row && v.Row.Resource.Id == "BCP-SARYAGASH-KELES-RAIL"));
        foreach (var column in fills.Append(shutOut))
        {
            master.Add(column);
        }

        var plan = new PlannedLots([(fills[0], 4)], [0, 1]);
        Assert.Empty(FeasibilityCheck.Violations(network, problem, shipments, plan));

        var repaired = UnservedRepair.Repair(master, shipments, plan, () => false, CancellationToken.None);

        Assert.Equal([0, 0], repaired.Unserved);
        Assert.Empty(FeasibilityCheck.Violations(network, problem, shipments, repaired));
        Assert.Equal(BruteForce(master, shipments), repaired.Objective(shipments), 6);
        Assert.True(repaired.Objective(shipments) < plan.Objective(shipments));
    }

    /// <summary>
    /// Random small instances (fixed seeds), every lot unserved to start with: the repair alone must give a plan that
    /// keeps every capacity, is no dearer than what it started from and no cheaper than SCIP's optimum over the same
    /// columns.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Repair_OfRandomInstances_ShouldKeepCapacitiesAndLieBetweenTheStartAndTheOptimum(int seed)
    {
        var random = new Random(seed);
        var network = SmallCorridor.Load(random.Next(1, 4), random.Next(1, 4));
        var problem = SmallCorridor.RandomProblem(random, Start, (3, 6), maxWagons: 5, penaltyPerWagon: 8_000, horizonDays: 4);
        var (shipments, master, factory) = Setup(network, problem);
        var departures = shipments.SelectMany(s => s.DepartureDays(problem.HorizonDays).Select(day => (s, day))).ToList();
        foreach (var column in factory.Alternatives(departures, 3, int.MaxValue, () => false))
        {
            master.Add(column);
        }

        var unserved = new PlannedLots([], [.. shipments.Select(s => s.Lots)]);
        var optimum = master.SolveInteger(TimeSpan.FromSeconds(30), null, null, [.. master.Columns.Select(_ => true)], CancellationToken.None)!;

        var repaired = UnservedRepair.Repair(master, shipments, unserved, () => false, CancellationToken.None);

        Assert.True(optimum.Proven);
        Assert.Empty(FeasibilityCheck.Violations(network, problem, shipments, repaired));
        Assert.True(repaired.Objective(shipments) < unserved.Objective(shipments), "the repair served nothing");
        Assert.True(repaired.Objective(shipments) >= optimum.Objective - 1e-6, $"repaired {repaired.Objective(shipments)} below the optimum {optimum.Objective}");
    }

    private static (List<ShipmentLots> Shipments, MasterProblem Master, ItineraryFactory Factory) Setup(TransitNetwork network, PlanProblem problem)
    {
        var options = new PlanOptions { Modes = new HashSet<TransportMode> { TransportMode.Rail } };
        var shipments = problem.Shipments.Select((s, i) => ShipmentLots.Of(i, s, problem, network, options)).ToList();
        return (shipments, new MasterProblem(network, shipments), new ItineraryFactory(network, problem, options));
    }

    /// <summary>The cheapest whole-lot plan over the master's columns, by trying every split (two shipments, a few columns).</summary>
    private static double BruteForce(MasterProblem master, List<ShipmentLots> shipments)
    {
        var columns = master.Columns;
        var best = double.PositiveInfinity;
        var lots = new int[columns.Count];

        void Assign(int column)
        {
            if (column == columns.Count)
            {
                var sent = new int[shipments.Count];
                var used = new Dictionary<ResourceDay, int>();
                for (var i = 0; i < columns.Count; i++)
                {
                    sent[columns[i].Shipment.Index] += lots[i];
                    foreach (var (row, vehicles) in columns[i].Uses)
                    {
                        used[row] = used.GetValueOrDefault(row) + (vehicles * lots[i]);
                    }
                }

                if (shipments.All(s => sent[s.Index] <= s.Lots) && used.All(u => u.Value <= master.Capacity(u.Key.Resource)))
                {
                    var cost = columns.Select((c, i) => c.CostPerLot * lots[i]).Sum() + shipments.Sum(s => s.PenaltyPerLot * (s.Lots - sent[s.Index]));
                    best = Math.Min(best, cost);
                }

                return;
            }

            for (var n = 0; n <= columns[column].Shipment.Lots; n++)
            {
                lots[column] = n;
                Assign(column + 1);
            }
        }

        Assign(0);
        return best;
    }
}
