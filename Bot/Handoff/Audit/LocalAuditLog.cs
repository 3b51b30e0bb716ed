using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Audit;

/// <summary>The audit log in a local folder: one create-only file per entry under <c>audit/yyyy-MM-dd/</c>.</summary>
public sealed class LocalAuditLog(string root) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, "audit", entry.At.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, AuditNames.For(entry));
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await file.WriteAsync(HandoffJson.Serialize(entry), cancellationToken).ConfigureAwait(false);
    }
}
