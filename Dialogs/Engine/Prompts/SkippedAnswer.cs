namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>The result of a prompt the survivor chose to skip.</summary>
public sealed record SkippedAnswer
{
    public static readonly SkippedAnswer Instance = new();
}
