namespace ReportBot.Bot.Storage.Objects;

/// <summary>The precondition of a write: none, "only if absent", or "only if it still has this ETag".</summary>
public readonly record struct WriteCondition(WriteConditionKind Kind, string? ETag = null)
{
    public static WriteCondition None => new(WriteConditionKind.None);

    public static WriteCondition IfNotExists => new(WriteConditionKind.IfNotExists);

    public static WriteCondition IfMatch(string etag) => new(WriteConditionKind.IfMatch, etag);
}
