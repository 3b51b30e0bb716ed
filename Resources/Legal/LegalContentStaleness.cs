namespace ReportBot.Resources.Legal;

/// <summary>Finds content entries whose last review is older than allowed, so stale law never goes unnoticed.</summary>
public static class LegalContentStaleness
{
    /// <summary>Every entry (topics, options, organisations) reviewed before <paramref name="today"/> minus the allowed age.</summary>
    public static IReadOnlyList<StaleEntry> Find(LegalContent content, DateOnly today, int maxAgeMonths)
    {
        var oldestAllowed = today.AddMonths(-maxAgeMonths);
        return content.Topics.Select(t => new StaleEntry("topic", t.Id, t.Reviewed))
            .Concat(content.Options.Select(o => new StaleEntry("option", o.Id, o.Reviewed)))
            .Concat(content.Organisations.Select(o => new StaleEntry("organisation", o.Id, o.Reviewed)))
            .Where(e => e.Reviewed < oldestAllowed)
            .OrderBy(e => e.Reviewed)
            .ToList();
    }

    /// <summary>The review date the bot shows: the oldest of all entries.</summary>
    public static DateOnly OldestReview(LegalContent content) =>
        content.Topics.Select(t => t.Reviewed)
            .Concat(content.Options.Select(o => o.Reviewed))
            .Concat(content.Organisations.Select(o => o.Reviewed))
            .DefaultIfEmpty()
            .Min();
}
