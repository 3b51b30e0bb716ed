namespace ReportBot.Bot.Storage.Objects;

/// <summary>Kinds of <see cref="WriteCondition"/>.</summary>
public enum WriteConditionKind
{
    None,
    IfNotExists,
    IfMatch,
}
