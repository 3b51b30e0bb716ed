namespace ReportBot.Bot.Handoff.Audit;

/// <summary>The append-only audit log under <c>audit/</c>: every opening of a transcript is written here before it is shown.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);
}
