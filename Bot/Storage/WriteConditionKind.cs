namespace ReportBot.Bot.Storage;

/// <summary>Kinds of <see cref="WriteCondition"/>.</summary>
public enum WriteConditionKind
{
    None,
    IfNotExists,
    IfMatch,
}
