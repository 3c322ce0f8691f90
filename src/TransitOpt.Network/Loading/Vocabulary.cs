using System.Globalization;

namespace TransitOpt.Network.Loading;

/// <summary>Reads the data files' string enumerations (camelCase names of the C# enums).</summary>
internal static class Vocabulary
{
    /// <summary>The camelCase spelling of an enum value, as written in the data and the API.</summary>
    public static string Spell<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The allowed spellings, for messages.</summary>
    public static string Allowed<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Spell));

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text)
            && !text.Any(char.IsDigit)
            && Enum.TryParse(text, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    /// <summary>Parses <c>+05:00</c> or <c>-04:30</c>.</summary>
    public static bool TryParseOffset(string? text, out TimeSpan offset)
    {
        offset = default;
        if (string.IsNullOrEmpty(text) || text.Length != 6 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        if (!TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var magnitude)
            || magnitude > TimeSpan.FromHours(14))
        {
            return false;
        }

        offset = text[0] == '-' ? -magnitude : magnitude;
        return true;
    }

    /// <summary>Parses <c>HH:MM</c> (00:00–24:00) into minutes of the day.</summary>
    public static bool TryParseClock(string? text, out int minute)
    {
        minute = 0;
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes > 0))
        {
            return false;
        }

        minute = (hours * 60) + minutes;
        return true;
    }

    /// <summary>Parses <c>Mon</c>…<c>Sun</c>.</summary>
    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        day = default;
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (string.Equals(candidate.ToString()[..3], text, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        return false;
    }
}
