using System.Globalization;

namespace ReportBot.Bot.Handoff.Audit;

/// <summary>Names audit entries so they sort by time and never collide (never overwrite an entry).</summary>
internal static class AuditNames
{
    public static string For(AuditEntry entry) =>
        entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N") + ".json";
}
