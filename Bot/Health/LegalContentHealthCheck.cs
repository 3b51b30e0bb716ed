using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Legal;

namespace ReportBot.Bot.Health;

/// <summary>
/// Reports the legal content in /healthz: degraded when it could not be loaded (survivors get the fallback message
/// with 132 and 1366) or when entries are overdue for review, so stale law never goes unnoticed. Never unhealthy:
/// the rest of the bot (crisis help, reporting) must stay in service while the content is fixed.
/// </summary>
public sealed class LegalContentHealthCheck(LegalContentStore store, DialogServices services) : IHealthCheck
{
    public const string Name = "legal-content";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = LegalContentReport.For(store, services.Today);
        var data = new Dictionary<string, object>
        {
            ["loaded"] = report.Loaded,
            ["maxReviewAgeMonths"] = report.MaxReviewAgeMonths,
        };
        if (!report.Loaded)
        {
            data["problems"] = report.Problems;
            return Task.FromResult(HealthCheckResult.Degraded(
                "The legal content could not be loaded; survivors are given the fallback contacts instead.", data: data));
        }

        data["topics"] = report.Topics;
        data["options"] = report.Options;
        data["organisations"] = report.Organisations;
        data["hiddenUnconfirmed"] = report.Hidden;
        data["oldestReview"] = report.OldestReview?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        data["stale"] = report.Stale.Select(e => $"{e.Kind} {e.Id} (reviewed {e.Reviewed:yyyy-MM-dd})").ToList();
        return Task.FromResult(report.Stale.Count > 0
            ? HealthCheckResult.Degraded($"{report.Stale.Count} legal content entries were last reviewed more than {report.MaxReviewAgeMonths} months ago.", data: data)
            : HealthCheckResult.Healthy("The legal content is loaded and every entry was reviewed recently.", data));
    }
}
