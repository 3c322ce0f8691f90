using System.Collections.Immutable;
using System.Globalization;
using NetTopologySuite.Geometries;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Geography;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    /// <summary>How far (km) a line's end may lie from its place: coordinates are rounded to 4 decimals.</summary>
    private const double EndToleranceKm = 1.0;

    /// <summary>A stated length may undercut the straight line by this much (km), for rounding.</summary>
    private const double ShorterToleranceKm = 0.5;

    /// <summary>A stated length longer than this many times the straight line (plus 10 km) is a typo, not a detour.</summary>
    private const double MaxDetourFactor = 2.5;

    /// <summary>A stated length longer than this many times the drawn line (plus <see cref="LengthNoteSlackKm"/>) needs a <c>lengthNote</c> saying why.</summary>
    public const double LengthNoteFactor = 1.6;

    /// <summary>Slack for short links (border approaches, station throats), whose rounded km dwarf their drawn line.</summary>
    public const double LengthNoteSlackKm = 5;

    private const double MaxSpeedKmh = 160;

    private ImmutableArray<Link> ReadLinks(List<(string Label, FeatureDto<LinkProperties> Feature)> features)
    {
        const string file = DataFiles.Links;
        var result = ImmutableArray.CreateBuilder<Link>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, feature) in features)
        {
            var p = feature.Properties!;
            if (!CheckId(file, label, p.Id, seen, out var id))
            {
                continue;
            }

            var errorsBefore = _errors.Count;
            var name = RequireText(file, id, "name", p.Name);
            var source = RequireText(file, id, "source", p.Source);
            TryEnum<TransportMode>(file, id, "mode", p.Mode, out var mode);
            TryEnum<InfrastructureStatus>(file, id, "status", p.Status, out var status);
            var fromOk = TryPlace(file, id, "from", p.From, out var from);
            var toOk = TryPlace(file, id, "to", p.To, out var to);
            var lengthKm = RequireNumber(file, id, "lengthKm", p.LengthKm, 0, exclusive: true);
            var speedKmh = RequireNumber(file, id, "speedKmh", p.SpeedKmh, 0, exclusive: true);
            if (speedKmh > MaxSpeedKmh)
            {
                Error(file, id, $"speedKmh {speedKmh.ToString(CultureInfo.InvariantCulture)} is above {MaxSpeedKmh}, not a freight speed");
            }

            var capacity = RequireCapacity(file, id, "capacityPerDay", p.CapacityPerDay);
            var months = ReadMonths(file, id, p.ClosedMonths);
            var geometry = GeometryReader.ReadLineString(feature.Geometry, out var problem);
            if (geometry is null)
            {
                Error(file, id, problem!);
            }

            if (fromOk && toOk && geometry is not null)
            {
                CheckGeometry(id, from, to, geometry, lengthKm, p.LengthNote);
            }

            var rail = mode == TransportMode.Rail ? ReadTrack(id, p) : null;
            double? maxGross = null;
            if (mode == TransportMode.Road)
            {
                maxGross = RequireNumber(file, id, "maxGrossTonnes", p.MaxGrossTonnes, 0, exclusive: true);
            }

            CrossingId? crossing = fromOk && toOk ? CheckBorder(id, mode, from, to, p.Crossing) : null;
            var usdPerVehicleKm = fromOk ? CostOf(id, mode, from.Country, p.UsdPerVehicleKm) : 0;
            var banned = ReadBannedCargo(id, p.BannedCargo);
            var periods = ReadPeriods(file, id, p.ClosedPeriods);
            var closureSource = ReadClosureSource(file, id, months, p.ClosureSource);
            var winter = ReadWinter(id, p.Winter);
            if (_errors.Count > errorsBefore)
            {
                continue;
            }

            result.Add(new Link(
                new LinkId(id), mode, from.Id, to.Id, name, geometry!, lengthKm, speedKmh, capacity, status, months,
                rail, maxGross, crossing, usdPerVehicleKm, banned, source)
            {
                ClosedPeriods = periods,
                ClosureSource = closureSource,
                Winter = winter,
                LengthNote = string.IsNullOrWhiteSpace(p.LengthNote) ? null : p.LengthNote.Trim(),
                TariffSection = string.IsNullOrWhiteSpace(p.TariffSection) ? Link.MainSection : p.TariffSection.Trim(),
            });
        }

        return result.ToImmutable();
    }

    private void CheckGeometry(string id, Place from, Place to, LineString geometry, double lengthKm, string? lengthNote)
    {
        const string file = DataFiles.Links;
        var start = geometry.StartPoint;
        var end = geometry.EndPoint;
        foreach (var point in new[] { start, end })
        {
            if (!CorridorRegion.Contains(point.X, point.Y))
            {
                Error(file, id, OutsideRegion(point.X, point.Y));
                return;
            }
        }

        var startGap = GreatCircle.DistanceKm(start.X, start.Y, from.Longitude, from.Latitude);
        var endGap = GreatCircle.DistanceKm(end.X, end.Y, to.Longitude, to.Latitude);
        if (startGap > EndToleranceKm)
        {
            Error(file, id, Km($"the line starts {startGap:F1} km from its from place {from.Id}; it must start at the place"));
        }

        if (endGap > EndToleranceKm)
        {
            Error(file, id, Km($"the line ends {endGap:F1} km from its to place {to.Id}; it must end at the place"));
        }

        if (double.IsNaN(lengthKm))
        {
            return;
        }

        var straightKm = GreatCircle.DistanceKm(from.Longitude, from.Latitude, to.Longitude, to.Latitude);
        if (lengthKm < straightKm - ShorterToleranceKm)
        {
            Error(file, id, Km($"lengthKm {lengthKm} is shorter than the {straightKm:F1} km straight line between {from.Id} and {to.Id}"));
        }
        else if (lengthKm > (MaxDetourFactor * straightKm) + 10)
        {
            Error(file, id, Km($"lengthKm {lengthKm} is far longer than the {straightKm:F1} km straight line between {from.Id} and {to.Id} (more than {MaxDetourFactor}× + 10 km)"));
        }

        var drawnKm = DrawnKm(geometry);
        if (lengthKm > (LengthNoteFactor * drawnKm) + LengthNoteSlackKm && string.IsNullOrWhiteSpace(lengthNote))
        {
            Error(file, id, Km($"lengthKm {lengthKm} is more than {LengthNoteFactor}× the {drawnKm:F1} km of its drawn line (+ {LengthNoteSlackKm} km); draw the line along the road or rail, or say why in lengthNote"));
        }
    }

    /// <summary>The length of a drawn line along the great circles between its vertices.</summary>
    private static double DrawnKm(LineString geometry)
    {
        double km = 0;
        for (var i = 1; i < geometry.NumPoints; i++)
        {
            var (a, b) = (geometry.GetCoordinateN(i - 1), geometry.GetCoordinateN(i));
            km += GreatCircle.DistanceKm(a.X, a.Y, b.X, b.Y);
        }

        return km;
    }

    private WinterSpeed? ReadWinter(string id, WinterDto? winter)
    {
        const string file = DataFiles.Links;
        if (winter is null)
        {
            return null;
        }

        var months = ReadMonths(file, id, winter.Months, "winter.months");
        if (months.Length == 0)
        {
            Error(file, id, "winter.months is empty; list the months (1–12) the winter speed applies");
        }

        if (winter.SpeedFactor is not (> 0 and <= 1))
        {
            Error(file, id, $"winter.speedFactor must be above 0 and at most 1 (a share of the typical speed), not {winter.SpeedFactor?.ToString(CultureInfo.InvariantCulture) ?? "missing"}");
        }

        var source = RequireText(file, id, "winter.source", winter.Source);
        return new WinterSpeed(months, winter.SpeedFactor ?? 1, source);
    }

    private RailTrack? ReadTrack(string id, LinkProperties p)
    {
        const string file = DataFiles.Links;
        if (p.GaugeMm is not (1520 or 1435))
        {
            Error(file, id, $"gaugeMm must be 1520 or 1435 for a rail link, found {p.GaugeMm?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        }

        if (p.Tracks is < 1)
        {
            Error(file, id, "tracks must be at least 1");
        }

        return new RailTrack(p.GaugeMm ?? 1520, p.Tracks ?? 1, p.Electrified ?? false);
    }

    /// <summary>A link may join two countries only through a crossing of its mode between exactly those countries.</summary>
    private CrossingId? CheckBorder(string id, TransportMode mode, Place from, Place to, string? crossingId)
    {
        const string file = DataFiles.Links;
        if (from.Country == to.Country)
        {
            if (crossingId is not null)
            {
                Error(file, id, $"names crossing {crossingId} but both ends are in {from.Country}");
            }

            return null;
        }

        if (IsKazakhstanTajikistan(from.Country, to.Country))
        {
            Error(file, id, $"joins Kazakhstan directly to Tajikistan ({from.Id} – {to.Id}); they share no border, so every link between them must pass Uzbekistan or Kyrgyzstan");
            return null;
        }

        if (crossingId is null)
        {
            Error(file, id, $"joins {from.Country} and {to.Country} but names no crossing");
            return null;
        }

        if (!_crossings.TryGetValue(new CrossingId(crossingId), out var crossing))
        {
            Error(file, id, $"crossing '{crossingId}' is not a crossing in {DataFiles.Crossings} (unknown id)");
            return null;
        }

        if (crossing.Mode != mode)
        {
            Error(file, id, $"is a {Vocabulary.Spell(mode)} link but crossing {crossingId} is for {Vocabulary.Spell(crossing.Mode)}");
        }

        var sides = new[] { crossing.SideA.Place, crossing.SideB.Place };
        if (!sides.Contains(from.Id) || !sides.Contains(to.Id))
        {
            Error(file, id, $"must run between the sides of crossing {crossingId} ({crossing.SideA.Place} and {crossing.SideB.Place})");
        }

        return crossing.Id;
    }

    private double CostOf(string id, TransportMode mode, CountryCode country, double? overrideUsd)
    {
        if (overrideUsd is { } usd)
        {
            return RequireNumber(DataFiles.Links, id, "usdPerVehicleKm", usd, 0, exclusive: true);
        }

        if (_tariffs.TryGetValue((country, mode), out var tariff))
        {
            return tariff.UsdPerVehicleKm;
        }

        Error(DataFiles.Links, id, $"has no usdPerVehicleKm and {DataFiles.Tariffs} has no {Vocabulary.Spell(mode)} tariff for {country}");
        return 0;
    }

    private ImmutableArray<CargoKind> ReadBannedCargo(string id, List<string>? kinds)
    {
        var result = ImmutableArray.CreateBuilder<CargoKind>();
        foreach (var text in kinds ?? [])
        {
            if (TryEnum<CargoKind>(DataFiles.Links, id, "bannedCargo", text, out var kind))
            {
                result.Add(kind);
            }
        }

        return result.ToImmutable();
    }

    private static string Km(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
