using Domain = TransitOpt.Optimization.Planning;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>The planner's answer.</summary>
/// <param name="Status">Optimal, feasible or no solution.</param>
/// <param name="ObjectiveUsd">Cost of the plan: transport, border, handling, lateness and unserved penalties.</param>
/// <param name="BoundUsd">A proven lower bound on the cost of any plan: the LP relaxation when column generation converged, else a Lagrangian bound (see <see cref="BoundKind"/>).</param>
/// <param name="Gap">(objective − bound) / objective.</param>
/// <param name="SolveSeconds">Wall-clock time of the solve, to hundredths of a second.</param>
/// <param name="BoundKind">What the bound is, in words.</param>
/// <param name="Iterations">Column generation rounds run.</param>
/// <param name="Columns">Itineraries generated.</param>
/// <param name="Converged">True when the last pricing round found no improving itinerary.</param>
/// <param name="Shipments">Per shipment: its assignments and what is left unserved.</param>
/// <param name="Utilisation">Per resource and day: use, capacity and shadow price.</param>
/// <param name="Baseline">The greedy planner's result on the same problem.</param>
/// <param name="Kpis">Totals of the plan.</param>
public sealed record PlanResult(
    PlanStatus Status,
    double ObjectiveUsd,
    double BoundUsd,
    double Gap,
    double SolveSeconds,
    string BoundKind,
    int Iterations,
    int Columns,
    bool Converged,
    List<ShipmentPlan> Shipments,
    List<ResourceDayUse> Utilisation,
    BaselineResult Baseline,
    PlanKpis Kpis)
{
    /// <summary>
    /// Every resource-day the plan fills to 95 % or more (the fullest 40, as many as the time limit leaves room for), with
    /// what one more unit of its capacity saves: the plan's master LP re-solved with it. Zero means the lots it holds back have another day or route at the
    /// same cost; unlike a shadow price (the LP dual), never zero merely because the LP is degenerate.
    /// </summary>
    public List<MarginalValue> MarginalValues { get; init; } = [];

    /// <summary>The wire form of a plan.</summary>
    public static PlanResult From(Domain.PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.Status.ToWire(), plan.ObjectiveUsd, plan.BoundUsd, plan.Gap, Math.Round(plan.SolveSeconds, 2), plan.BoundKind, plan.Iterations, plan.Columns, plan.Converged,
            [.. plan.Shipments.Select(ShipmentPlan.From)],
            [.. plan.Utilisation.Select(u => new ResourceDayUse(u.ResourceId, u.Kind.ToWire(), u.Direction.ToWire(), u.Day, u.Used, u.Capacity, u.ShadowPriceUsd))],
            new BaselineResult(plan.Baseline.Method, plan.Baseline.ObjectiveUsd, plan.Baseline.UnservedQuantity, Math.Round(plan.Baseline.SolveSeconds, 2)),
            new PlanKpis(plan.Kpis.TotalCostUsd, plan.Kpis.MeanTransitHours, plan.Kpis.UnservedQuantity, plan.Kpis.Co2Kg, plan.Kpis.BorderHours))
        {
            MarginalValues = [.. plan.MarginalValues.Select(m => new MarginalValue(m.ResourceId, m.Kind.ToWire(), m.Direction.ToWire(), m.Day, m.Used, m.Capacity, m.SavingUsd, [.. m.ShipmentsMoved]))],
        };
    }
}

/// <summary>What happens to one shipment.</summary>
/// <param name="Id">The shipment.</param>
/// <param name="Lots">Vehicle-loads it was split into.</param>
/// <param name="Assignments">Lots sent on one itinerary each.</param>
/// <param name="UnservedLots">Lots not sent.</param>
/// <param name="UnservedQuantity">The unserved part in the shipment's own unit.</param>
public sealed record ShipmentPlan(string Id, int Lots, List<Assignment> Assignments, int UnservedLots, double UnservedQuantity)
{
    /// <summary>Why lots stay unserved, or null when every lot is sent.</summary>
    public UnservedNote? Unserved { get; init; }

    internal static ShipmentPlan From(Domain.ShipmentPlan shipment) => new(
        shipment.Id, shipment.Lots, [.. shipment.Assignments.Select(Assignment.From)], shipment.UnservedLots, shipment.UnservedQuantity)
    {
        Unserved = shipment.Unserved is { } note ? new UnservedNote(note.Reason.ToWire(), note.Detail) : null,
    };
}

/// <summary>Some lots of a shipment on one itinerary.</summary>
/// <param name="Lots">Vehicle-loads on it.</param>
/// <param name="Quantity">The same in the shipment's unit.</param>
/// <param name="Route">The route, condensed.</param>
/// <param name="DepartureDay">Day index it leaves.</param>
/// <param name="ArrivalDay">Day index it arrives.</param>
/// <param name="LateDays">Days after the due day.</param>
/// <param name="CostUsd">Cost of these lots, lateness and waiting to leave included.</param>
public sealed record Assignment(int Lots, double Quantity, PlannedRoute Route, int DepartureDay, int ArrivalDay, int LateDays, double CostUsd)
{
    internal static Assignment From(Domain.Assignment a) => new(
        a.Lots, a.Quantity,
        new PlannedRoute(
            a.Route.Summary, a.Route.DistanceKm, a.Route.DurationHours, a.Route.Departure, a.Route.Arrival,
            [.. a.Route.BorderCrossings.Select(c => c.Value)], a.Route.CostPerLotUsd, a.Route.Co2KgPerLot),
        a.DepartureDay, a.ArrivalDay, a.LateDays, a.CostUsd);
}

/// <summary>A route as a plan shows it.</summary>
/// <param name="Summary">Modes and crossings, e.g. "Rail via Saryagash–Keles and Kudukli–Pakhtaobod".</param>
/// <param name="DistanceKm">Length.</param>
/// <param name="DurationHours">Door to door.</param>
/// <param name="Departure">When it leaves.</param>
/// <param name="Arrival">When it arrives.</param>
/// <param name="BorderCrossings">Crossing ids in order.</param>
/// <param name="CostPerLotUsd">Transport, border and handling per lot.</param>
/// <param name="Co2KgPerLot">CO2e per lot.</param>
public sealed record PlannedRoute(
    string Summary,
    double DistanceKm,
    double DurationHours,
    DateTimeOffset Departure,
    DateTimeOffset Arrival,
    List<string> BorderCrossings,
    double CostPerLotUsd,
    double Co2KgPerLot);

/// <summary>One resource on one day.</summary>
/// <param name="ResourceId">The crossing, link or terminal id.</param>
/// <param name="Kind">Crossing, link or terminal.</param>
/// <param name="Direction">Direction of use.</param>
/// <param name="Day">Day index.</param>
/// <param name="Used">Vehicles the plan sends.</param>
/// <param name="Capacity">Vehicles the resource takes.</param>
/// <param name="ShadowPriceUsd">What one more vehicle of capacity that day would save (dual of the final master LP).</param>
public sealed record ResourceDayUse(string ResourceId, ResourceKind Kind, ResourceDirection Direction, int Day, int Used, int Capacity, double ShadowPriceUsd);

/// <summary>What one more unit of a full resource's capacity on one day is worth.</summary>
/// <param name="ResourceId">The crossing, link or terminal id.</param>
/// <param name="Kind">Crossing, link or unloading.</param>
/// <param name="Direction">Direction of use.</param>
/// <param name="Day">Day index.</param>
/// <param name="Used">Vehicles the plan sends.</param>
/// <param name="Capacity">Vehicles the resource takes.</param>
/// <param name="SavingUsd">What the plan's LP saves with one more vehicle that day (a re-solve over the plan's candidate itineraries, not a dual; conservative: the full column set could save a little more).</param>
/// <param name="ShipmentsMoved">The shipments that would send more through it in that re-solve, most first (at most five).</param>
public sealed record MarginalValue(
    string ResourceId, ResourceKind Kind, ResourceDirection Direction, int Day, int Used, int Capacity, double SavingUsd, List<string> ShipmentsMoved);

/// <summary>The greedy baseline.</summary>
/// <param name="Method">Always "greedy".</param>
/// <param name="ObjectiveUsd">Its cost on the same terms.</param>
/// <param name="UnservedQuantity">Lots it leaves unserved.</param>
/// <param name="SolveSeconds">The time to the greedy plan, including the search of every shipment-day's cheapest route that it reads (it runs first, inside the plan's own time).</param>
public sealed record BaselineResult(string Method, double ObjectiveUsd, int UnservedQuantity, double SolveSeconds);

/// <summary>Totals of a plan.</summary>
/// <param name="TotalCostUsd">Transport, border, handling, lateness and wagon hire while waiting to leave, of what is sent (unserved penalties excluded).</param>
/// <param name="MeanTransitHours">Mean door-to-door time per lot sent.</param>
/// <param name="UnservedQuantity">Lots not sent.</param>
/// <param name="Co2Kg">CO2e of what is sent.</param>
/// <param name="BorderHours">Hours lots spend at borders (waiting and dwell), summed over lots.</param>
public sealed record PlanKpis(double TotalCostUsd, double MeanTransitHours, int UnservedQuantity, double Co2Kg, double BorderHours);

/// <summary>Why a shipment's lots stay unserved, with the figures that show it.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Detail">The figures in words: the cheapest cost against the penalty, or the full resources and days.</param>
public sealed record UnservedNote(UnservedReason Reason, string Detail);
