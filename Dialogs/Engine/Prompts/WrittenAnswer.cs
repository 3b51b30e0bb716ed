namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// The result of a question whose answer could not be read twice in a row: the survivor's own words, kept as written
/// so the conversation moves on; they can be corrected at the summary.
/// </summary>
public sealed record WrittenAnswer(string Text)
{
    /// <summary>The most kept of one answer.</summary>
    public const int MaxChars = 500;

    public static WrittenAnswer Of(string text)
    {
        var trimmed = text.Trim();
        return new WrittenAnswer(trimmed.Length <= MaxChars ? trimmed : trimmed[..MaxChars].TrimEnd() + "…");
    }
}
