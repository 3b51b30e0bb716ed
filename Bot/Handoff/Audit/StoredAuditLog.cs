using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Handoff.Audit;

/// <summary>
/// The audit log on <see cref="IObjectStore"/>: one object per entry under <c>audit/yyyy/MM/dd/</c>, written only if
/// absent, so entries written at once by many requests or instances never overwrite one another and none is changed
/// after it is written. Entries the earlier local-folder log wrote are imported first (<see cref="LegacyHandoffFiles"/>).
/// </summary>
public sealed class StoredAuditLog(IObjectStore store, LegacyHandoffFiles? legacy = null) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (legacy is not null)
        {
            await legacy.ImportOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        await store.WriteAsync(AuditNames.ObjectName(entry), HandoffJson.Serialize(entry), WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
    }
}
