using System.Collections.Immutable;
using TransitOpt.Network.Geography;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    private const string EaeuName = "EAEU";

    private ImmutableArray<BorderCrossing> ReadCrossings(List<(string Label, FeatureDto<CrossingProperties> Feature)> features)
    {
        const string file = DataFiles.Crossings;
        var result = ImmutableArray.CreateBuilder<BorderCrossing>();
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
            TryEnum<CustomsRegime>(file, id, "customs", p.Customs, out var customs);
            TryEnum<CrossingAdmission>(file, id, "admission", p.Admission, out var admission);
            var corridor = RequireText(file, id, "corridor", p.Corridor);
            var sides = ReadSides(id, p);
            var capacity = new PerDirection<int>(
                RequireCapacity(file, id, "capacityPerDay.aToB", p.CapacityPerDay?.AToB),
                RequireCapacity(file, id, "capacityPerDay.bToA", p.CapacityPerDay?.BToA));
            var dwell = new PerDirection<double>(
                RequireNumber(file, id, "dwellHours.aToB", p.DwellHours?.AToB, 0),
                RequireNumber(file, id, "dwellHours.bToA", p.DwellHours?.BToA, 0));
            var fee = new PerDirection<double>(
                RequireNumber(file, id, "feeUsd.aToB", p.FeeUsd?.AToB, 0),
                RequireNumber(file, id, "feeUsd.bToA", p.FeeUsd?.BToA, 0));
            var hours = ReadHours(id, p.Hours);
            var months = ReadMonths(file, id, p.ClosedMonths);
            var periods = ReadPeriods(file, id, p.ClosedPeriods);
            var closureSource = ReadClosureSource(file, id, months, p.ClosureSource);
            var delays = ReadDelays(id, p.Delays);
            var location = GeometryReader.ReadPoint(feature.Geometry, out var problem);
            if (location is null)
            {
                Error(file, id, problem!);
            }
            else if (!CorridorRegion.Contains(location.X, location.Y))
            {
                Error(file, id, OutsideRegion(location.X, location.Y));
            }

            if (sides is { } s && _errors.Count == errorsBefore)
            {
                var expected = IsEaeu(s.A.Country) && IsEaeu(s.B.Country) ? CustomsRegime.EaeuInternal : CustomsRegime.Full;
                if (customs != expected)
                {
                    Error(file, id, $"customs is {Vocabulary.Spell(customs)} but {s.A.Country}–{s.B.Country} calls for {Vocabulary.Spell(expected)} (EAEU members: both sides or not)");
                }
            }

            if (sides is null || hours is null || _errors.Count > errorsBefore)
            {
                continue;
            }

            var crossing = new BorderCrossing(
                new CrossingId(id), name, mode, sides.Value.A, sides.Value.B, location!, status, capacity, dwell, fee,
                hours, months, customs, p.GaugeChange ?? false, source, p.Notes)
            {
                ClosedPeriods = periods,
                ClosureSource = closureSource,
                Admission = admission,
                Corridor = corridor,
                DelaySeasons = delays,
            };
            _crossings[crossing.Id] = crossing;
            result.Add(crossing);
        }

        return result.ToImmutable();
    }

    private (CrossingSide A, CrossingSide B)? ReadSides(string id, CrossingProperties p)
    {
        const string file = DataFiles.Crossings;
        if (p.Countries is not { Count: 2 } countries)
        {
            Error(file, id, "countries must list exactly two country codes, side A first");
            return null;
        }

        if (string.Equals(countries[0], countries[1], StringComparison.Ordinal))
        {
            Error(file, id, $"both sides are in the same country ({countries[0]}); a border crossing joins two countries");
            return null;
        }

        if (!TryCountry(file, id, "countries[0]", countries[0], out var a) | !TryCountry(file, id, "countries[1]", countries[1], out var b))
        {
            return null;
        }

        if (IsKazakhstanTajikistan(a.Code, b.Code))
        {
            Error(file, id, "joins Kazakhstan and Tajikistan, which share no border");
            return null;
        }

        if (!a.Borders(b.Code))
        {
            Error(file, id, $"{a.Code} and {b.Code} do not share a border (see neighbours in {DataFiles.Countries})");
            return null;
        }

        var sideA = ReadSide(id, "sideA", p.SideA, a.Code);
        var sideB = ReadSide(id, "sideB", p.SideB, b.Code);
        return sideA is null || sideB is null ? null : (sideA, sideB);
    }

    private CrossingSide? ReadSide(string id, string field, SideDto? side, CountryCode country)
    {
        const string file = DataFiles.Crossings;
        if (side is null)
        {
            Error(file, id, $"{field} is missing");
            return null;
        }

        if (!string.Equals(side.Country, country.Value, StringComparison.Ordinal))
        {
            Error(file, id, $"{field}.country is '{side.Country}' but countries says {country}");
            return null;
        }

        if (!TryPlace(file, id, $"{field}.place", side.Place, out var place))
        {
            return null;
        }

        if (place.Country != country)
        {
            Error(file, id, $"{field}.place {place.Id} is in {place.Country}, not in {country}");
            return null;
        }

        return new CrossingSide(country, RequireText(file, id, $"{field}.name", side.Name), place.Id);
    }

    private OpeningHours? ReadHours(string id, HoursDto? hours)
    {
        const string file = DataFiles.Crossings;
        if (hours is null)
        {
            Error(file, id, "hours is missing (use 00:00–24:00 every day for round the clock)");
            return null;
        }

        var ok = true;
        if (!Vocabulary.TryParseOffset(hours.UtcOffset, out var offset))
        {
            Error(file, id, $"hours.utcOffset '{hours.UtcOffset}' must look like +05:00");
            ok = false;
        }

        if (!Vocabulary.TryParseClock(hours.Open, out var open) || open == OpeningHours.MinutesPerDay)
        {
            Error(file, id, $"hours.open '{hours.Open}' must be a time HH:MM before 24:00");
            ok = false;
        }

        if (!Vocabulary.TryParseClock(hours.Close, out var close) || (ok && close <= open))
        {
            Error(file, id, $"hours.close '{hours.Close}' must be a time HH:MM after hours.open");
            ok = false;
        }

        var days = new List<DayOfWeek>();
        foreach (var text in hours.Days ?? [])
        {
            if (Vocabulary.TryParseDay(text, out var day))
            {
                days.Add(day);
            }
            else
            {
                Error(file, id, $"hours.days holds '{text}', not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun");
                ok = false;
            }
        }

        if (days.Count == 0 && ok)
        {
            Error(file, id, "hours.days is empty; a crossing that never opens has status closed instead");
            ok = false;
        }

        return ok ? new OpeningHours(offset, open, close, [.. days.Distinct().Order()]) : null;
    }

    private ImmutableArray<DelaySeason> ReadDelays(string id, List<DelaySeasonDto>? seasons)
    {
        const string file = DataFiles.Crossings;
        var result = ImmutableArray.CreateBuilder<DelaySeason>();
        var taken = new HashSet<int>();
        foreach (var (season, i) in (seasons ?? []).Select((s, i) => (s, i)))
        {
            var field = $"delays[{i}]";
            var months = ReadMonths(file, id, season.Months, $"{field}.months");
            if (months.Length == 0)
            {
                Error(file, id, $"{field}.months is empty; list the months (1–12) the delay applies");
            }

            foreach (var month in months.Where(m => !taken.Add(m)))
            {
                Error(file, id, $"{field}.months repeats month {month}, already given by an earlier season");
            }

            var aToB = ReadQuantiles(id, $"{field}.aToB", season.AToB);
            var bToA = ReadQuantiles(id, $"{field}.bToA", season.BToA);
            var source = RequireText(file, id, $"{field}.source", season.Source);
            result.Add(new DelaySeason(months, new PerDirection<DelayQuantiles>(aToB, bToA), source));
        }

        return result.ToImmutable();
    }

    private DelayQuantiles ReadQuantiles(string id, string field, QuantilesDto? quantiles)
    {
        const string file = DataFiles.Crossings;
        var p50 = RequireNumber(file, id, $"{field}.p50", quantiles?.P50, 0);
        var p90 = RequireNumber(file, id, $"{field}.p90", quantiles?.P90, 0);
        if (p90 < p50)
        {
            Error(file, id, $"{field}.p90 ({p90.ToString(System.Globalization.CultureInfo.InvariantCulture)} h) is below p50 ({p50.ToString(System.Globalization.CultureInfo.InvariantCulture)} h); the 90th percentile cannot be shorter than the median");
        }

        return new DelayQuantiles(p50, p90);
    }

    private bool IsEaeu(CountryCode code) =>
        _countries.TryGetValue(code, out var country) && string.Equals(country.CustomsUnion, EaeuName, StringComparison.Ordinal);

    private void CheckEveryCrossingIsPassed(ImmutableArray<BorderCrossing> crossings, ImmutableArray<Link> links)
    {
        var passed = links.Where(l => l.Crossing is not null).Select(l => l.Crossing!.Value).ToHashSet();
        foreach (var crossing in crossings.Where(c => !passed.Contains(c.Id)))
        {
            Error(DataFiles.Crossings, crossing.Id.Value, $"no link passes this crossing; add a {Vocabulary.Spell(crossing.Mode)} link from {crossing.SideA.Place} to {crossing.SideB.Place} with crossing {crossing.Id}");
        }
    }
}
