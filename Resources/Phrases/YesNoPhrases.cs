namespace ReportBot.Resources.Phrases;

/// <summary>Answers to a yes/no question said in other words, and doubts to be explained (Resources/Phrases/yesno.json).</summary>
public static class YesNoPhrases
{
    public static readonly PhraseKey Agree = new("yesno.agree");
    public static readonly PhraseKey Decline = new("yesno.decline");
    public static readonly PhraseKey Unsure = new("yesno.unsure");
}
