using System.Globalization;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Cli.Output;

/// <summary>Numbers, times and vehicles in words: "1 truck", "2 trucks", "Tue 3 Mar 2026 08:00 +05:00".</summary>
internal static class Words
{
    /// <summary>The count and the noun, plural unless the count is one.</summary>
    public static string Count(double count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>Vehicles of a mode: trucks on road, wagons on rail.</summary>
    public static string Vehicles(int count, TransportMode mode) => Count(count, mode == TransportMode.Rail ? "wagon" : "truck");

    /// <summary>A time with weekday, date, year and its UTC offset.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("ddd d MMM yyyy HH:mm zzz", CultureInfo.InvariantCulture);

    /// <summary>A time in corridor time, without the offset (which goes in the column header).</summary>
    public static string CorridorTime(DateTimeOffset time) => time.ToOffset(ResourceSurcharges.CorridorOffset).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day of a plan, with weekday and year.</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Mode(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";

    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The corridor's offset in words, for legends.</summary>
    public static string CorridorOffset => "UTC" + (ResourceSurcharges.CorridorOffset < TimeSpan.Zero ? "-" : "+") + ResourceSurcharges.CorridorOffset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
