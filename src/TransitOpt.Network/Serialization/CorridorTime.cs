using System.Globalization;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Serialization;

/// <summary>
/// Times as the CLI and the API read them: ISO 8601 only (a date, or a date and time with or without seconds and
/// fraction, with or without an offset). A time without an offset is corridor time, UTC+05:00 (Kazakhstan, Uzbekistan
/// and Tajikistan keep it); a date alone is its midnight. Nothing else is guessed: "3 March" or "03/04/2026" are refused
/// rather than read as 2003 or as April.
/// </summary>
public static class CorridorTime
{
    /// <summary>What is accepted, for error messages.</summary>
    public const string Expected = "an ISO 8601 date or date-time, e.g. 2026-03-03 or 2026-03-03T08:00 (no offset means UTC+05:00) or 2026-03-03T08:00:00+05:00";

    private static readonly string[] WithOffset =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private static readonly string[] WithoutOffset = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>Reads <paramref name="text"/> as a corridor time; false when it is not one of the ISO 8601 forms.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = new DateTimeOffset(local, ResourceSurcharges.CorridorOffset);
            return true;
        }

        return false;
    }
}
