using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Bot.Handoff.Audit;

/// <summary>
/// Names audit entries so they sort by time and never collide (never overwrite an entry):
/// <c>audit/yyyy/MM/dd/{ticks}-{random}.json</c>, the layout the Blob audit log has always written.
/// </summary>
internal static partial class AuditNames
{
    public static string For(AuditEntry entry) =>
        entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N") + ".json";

    /// <summary>The object name of a new entry.</summary>
    public static string ObjectName(AuditEntry entry) => Folder(entry.At.UtcDateTime) + For(entry);

    /// <summary>The folder of one day's entries (UTC).</summary>
    public static string Folder(DateTime day) => "audit/" + day.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/";

    /// <summary>True for a file name <see cref="For"/> makes.</summary>
    public static bool IsEntryName(string fileName) => EntryName().IsMatch(fileName);

    [GeneratedRegex("^[0-9]{19}-[0-9a-f]{32}\\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryName();
}
