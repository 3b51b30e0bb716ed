namespace ReportBot.Bot.Health;

/// <summary>Log messages about the legal content. They name files and entries, never anything a survivor wrote.</summary>
public static partial class LegalContentLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Legal content loaded: {Topics} topics, {Options} options, {Organisations} organisations ({Hidden} unconfirmed entries kept hidden); oldest review {OldestReview}.")]
    public static partial void Loaded(ILogger logger, int topics, int options, int organisations, int hidden, string oldestReview);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Legal content problem (no legal content is served until it is fixed): {Problem}")]
    public static partial void Problem(ILogger logger, string problem);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Legal content {Kind} '{Id}' was last reviewed on {Reviewed}, more than {MaxAgeMonths} months ago: check it against its source and update 'reviewed'.")]
    public static partial void Stale(ILogger logger, string kind, string id, string reviewed, int maxAgeMonths);
}
