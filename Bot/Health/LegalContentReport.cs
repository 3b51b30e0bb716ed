using ReportBot.Dialogs.Legal;
using ReportBot.Resources.Legal;

namespace ReportBot.Bot.Health;

/// <summary>The state of the legal content at a glance: what loaded, what is hidden, what is overdue for review.</summary>
public sealed record LegalContentReport(
    bool Loaded,
    IReadOnlyList<string> Problems,
    int Topics,
    int Options,
    int Organisations,
    int Hidden,
    DateOnly? OldestReview,
    IReadOnlyList<StaleEntry> Stale,
    int MaxReviewAgeMonths)
{
    public static LegalContentReport For(LegalContentStore store, DateOnly today)
    {
        var maxAge = store.Options.MaxReviewAgeMonths;
        if (store.Content is not { } content)
        {
            return new LegalContentReport(false, store.Result.Problems, 0, 0, 0, 0, null, [], maxAge);
        }

        var hidden = content.Topics.Count(t => !t.Verification.Showable)
            + content.Options.Count(o => !o.Verification.Showable)
            + content.Organisations.Count(o => !o.Verification.Showable);
        return new LegalContentReport(
            true,
            [],
            content.Topics.Count,
            content.Options.Count,
            content.Organisations.Count,
            hidden,
            LegalContentStaleness.OldestReview(content),
            LegalContentStaleness.Find(content, today, maxAge),
            maxAge);
    }
}
