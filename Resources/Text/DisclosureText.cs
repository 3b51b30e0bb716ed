namespace ReportBot.Resources.Text;

/// <summary>
/// Strings for a first message, or a message at the main menu, that says what happened to the survivor in a few words
/// ("I was raped", a spycam, a defamation suit) without yet telling the story: heard, said back, and the ways on.
/// </summary>
public static class DisclosureText
{
    /// <summary>Thanks, sorrow, no blame and no hurry, before anything is asked.</summary>
    public static readonly TextKey Heard = new("disclosure.heard");

    /// <summary>What the words were understood to be about ({types}), so a wrong reading can be seen at once.</summary>
    public static readonly TextKey Understood = new("disclosure.understood");

    /// <summary>The question: which way on.</summary>
    public static readonly TextKey Ask = new("disclosure.ask");

    /// <summary>Choice: record it, starting with the words already written.</summary>
    public static readonly TextKey ChoiceReport = new("disclosure.choice.report");

    /// <summary>Choice: the law and the organisations for what was named.</summary>
    public static readonly TextKey ChoiceLegal = new("disclosure.choice.legal");

    /// <summary>Finding it hard to begin: time, no right way, a little at a time, a counsellor instead; then the menu again.</summary>
    public static readonly TextKey Hesitant = new("disclosure.hesitant");

    /// <summary>Choice: none of these, the main menu.</summary>
    public static readonly TextKey ChoiceOther = new("disclosure.choice.other");

    /// <summary>To someone writing for another person who was harmed: what helps, that this chat is theirs too, 1366 and 112.</summary>
    public static readonly TextKey Supporter = new("disclosure.supporter");

    /// <summary>How hard it is now, said at the menu or first: common reactions, not their fault, 1366 and the counsellor.</summary>
    public static readonly TextKey Distress = new("disclosure.distress");
}
