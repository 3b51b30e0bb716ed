namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>One token of <see cref="DateTokenizer.Spans"/> with its place in the folded text (end exclusive), and whether it was read as Korean.</summary>
public readonly record struct DateSpan(DateToken Token, int Start, int End, bool Korean)
{
    /// <summary>The kind of a Hangul syllable or an English word that is no date word.</summary>
    public const string Unknown = "?";
}
