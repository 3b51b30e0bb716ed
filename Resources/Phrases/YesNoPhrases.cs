namespace ReportBot.Resources.Phrases;

/// <summary>Answers to a yes/no question said in other words, and doubts to be explained (Resources/Phrases/yesno.json).</summary>
public static class YesNoPhrases
{
    public static readonly PhraseKey Agree = new("yesno.agree");
    public static readonly PhraseKey Decline = new("yesno.decline");

    /// <summary>Giving permission ("it's fine to show it"): a yes, read before the "no thanks" of <see cref="Decline"/>.</summary>
    public static readonly PhraseKey Permission = new("yesno.permission");
    public static readonly PhraseKey Unsure = new("yesno.unsure");
}
