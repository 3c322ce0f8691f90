using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Optimization.Planning;

/// <summary>A plan problem that cannot be planned as given; the message names the shipment and the field.</summary>
public sealed class PlanProblemException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanProblemException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates the exception for a field, with its cause.</summary>
    public PlanProblemException(string field, string message, Exception innerException)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PlanProblemException(string message)
        : this("shipments", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PlanProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "shipments";
    }

    /// <summary>Creates the exception.</summary>
    public PlanProblemException()
        : this("shipments", "The plan problem is invalid.")
    {
    }

    /// <summary>The field at fault, e.g. <c>shipments[3].due</c>.</summary>
    public string Field { get; }

    /// <summary>The largest unserved penalty a shipment may name (far above any freight; larger is an input error).</summary>
    public const double MaxPenaltyUsd = 1e12;

    /// <summary>Throws for the first field of <paramref name="problem"/> that cannot be planned, naming it.</summary>
    public static void ThrowIfInvalid(TransitNetwork network, PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.HorizonDays is < 1 or > 60)
        {
            throw new PlanProblemException("horizonDays", $"horizonDays must be 1 to 60, not {problem.HorizonDays}");
        }

        if (problem.Shipments.Count == 0)
        {
            throw new PlanProblemException("shipments", "there are no shipments to plan");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < problem.Shipments.Count; i++)
        {
            var s = problem.Shipments[i];
            var at = $"shipments[{i}]";
            if (string.IsNullOrWhiteSpace(s.Id) || !ids.Add(s.Id))
            {
                throw new PlanProblemException($"{at}.id", $"shipment id '{s.Id}' is missing or used twice");
            }

            if (s.VehicleRegistration is { } registration && !network.Countries.Any(c => c.Code == registration))
            {
                throw new PlanProblemException($"{at}.vehicleRegistration", $"{s.Id}: '{registration}' is not a country of the network");
            }

            if (!network.TryGetPlace(s.Origin, out _))
            {
                throw new PlanProblemException($"{at}.origin", $"{s.Id}: '{s.Origin}' is not a place of the network");
            }

            if (!network.TryGetPlace(s.Destination, out _))
            {
                throw new PlanProblemException($"{at}.destination", $"{s.Id}: '{s.Destination}' is not a place of the network");
            }

            if (s.Origin == s.Destination)
            {
                throw new PlanProblemException($"{at}.destination", $"{s.Id}: the destination is the origin");
            }

            if (!(s.Cargo.Quantity > 0) || s.Cargo.Quantity > 100_000)
            {
                throw new PlanProblemException($"{at}.cargo.quantity", $"{s.Id}: the quantity must be above 0 and at most 100,000");
            }

            foreach (var (field, day) in new[] { ("ready", s.Ready), ("due", s.Due) })
            {
                if (day < RouteQuery.EarliestDay || day > RouteQuery.LatestDay)
                {
                    throw new PlanProblemException($"{at}.{field}", $"{s.Id}: {field} must be between {RouteQuery.EarliestDay:yyyy-MM-dd} and {RouteQuery.LatestDay:yyyy-MM-dd}, not {day:yyyy-MM-dd}");
                }
            }

            if (s.Due < s.Ready)
            {
                throw new PlanProblemException($"{at}.due", $"{s.Id}: due {s.Due:yyyy-MM-dd} is before ready {s.Ready:yyyy-MM-dd}");
            }

            if (s.UnservedPenaltyUsd is { } penalty && (penalty < 0 || !double.IsFinite(penalty) || penalty > MaxPenaltyUsd))
            {
                throw new PlanProblemException($"{at}.unservedPenaltyUsd", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Id}: the unserved penalty must be a finite amount from 0 to {MaxPenaltyUsd:N0} USD"));
            }
        }
    }
}
