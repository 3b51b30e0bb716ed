using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Legal;

namespace ReportBot.Bot.Health;

/// <summary>Reads the legal content when the app starts and logs what loaded, what is broken and what is overdue.</summary>
public sealed class LegalContentStartupReport(LegalContentStore store, DialogServices services, ILogger<LegalContentStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var report = LegalContentReport.For(store, services.Today);
        foreach (var problem in report.Problems)
        {
            LegalContentLog.Problem(logger, problem);
        }

        if (report.Loaded)
        {
            LegalContentLog.Loaded(logger, report.Topics, report.Options, report.Organisations, report.Hidden, Format(report.OldestReview));
        }

        foreach (var entry in report.Stale)
        {
            LegalContentLog.Stale(logger, entry.Kind, entry.Id, Format(entry.Reviewed), report.MaxReviewAgeMonths);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
