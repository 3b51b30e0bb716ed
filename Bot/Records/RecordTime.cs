using System.Globalization;
using System.Text.Json.Nodes;

namespace ReportBot.Bot.Records;

/// <summary>
/// How records write a moment: UTC and Korea time (UTC+9; Korea keeps no daylight saving time), to the second.
/// </summary>
public static class RecordTime
{
    public static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    public static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Korea(DateTimeOffset time) =>
        time.ToOffset(KoreaOffset).ToString("yyyy-MM-dd'T'HH:mm:ss'+09:00'", CultureInfo.InvariantCulture);

    public static JsonObject Both(DateTimeOffset time) => new() { ["utc"] = Utc(time), ["korea"] = Korea(time) };

    /// <summary>For reading: "2026-12-05 21:04 KST (12:04 UTC)".</summary>
    public static string Display(DateTimeOffset time)
    {
        var korea = time.ToOffset(KoreaOffset);
        var utc = time.ToUniversalTime();
        var utcPart = utc.Date == korea.Date
            ? utc.ToString("HH:mm", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return korea.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " KST (" + utcPart + " UTC)";
    }

    /// <summary>Reads back a time a record wrote.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
