using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage;

/// <summary>
/// Reports on /healthz whether storage is reachable: degraded while transcript lines wait in the local outbox, and from
/// the first request (a turn's state write included) that could not reach Blob storage until one does.
/// </summary>
public sealed class StorageHealthCheck(TranscriptOutboxDrainer drainer, StorageReachability reachability) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drainer.IsPaused || reachability.IsUnreachable
            ? HealthCheckResult.Degraded("Storage is unreachable: transcript lines wait in the local outbox and state cannot be saved.")
            : HealthCheckResult.Healthy("Transcript lines are reaching storage."));
}
