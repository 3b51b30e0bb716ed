namespace ReportBot.Resources.Phrases;

/// <summary>
/// Spoken and playful forms of yes and no taken as the answer to a one-time command check, beside the plain ones in
/// <see cref="CommonPhrases.Yes"/> and <see cref="CommonPhrases.No"/> (the delete confirmation reads only those).
/// </summary>
public static class CheckReplyPhrases
{
    public static readonly PhraseKey YesSpoken = new("check.yes_spoken");
    public static readonly PhraseKey NoSpoken = new("check.no_spoken");
}
