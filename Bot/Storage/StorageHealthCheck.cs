using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage;

/// <summary>Reports on /healthz whether transcript lines are reaching storage or waiting in the local outbox.</summary>
public sealed class StorageHealthCheck(TranscriptOutboxDrainer drainer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drainer.IsPaused
            ? HealthCheckResult.Degraded("Storage is unreachable: transcript lines wait in the local outbox and state cannot be saved.")
            : HealthCheckResult.Healthy("Transcript lines are reaching storage."));
}
