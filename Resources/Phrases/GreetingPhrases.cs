namespace ReportBot.Resources.Phrases;

/// <summary>A greeting or a thank-you said as a whole message (Resources/Phrases/greetings.json), answered at the menu.</summary>
public static class GreetingPhrases
{
    /// <summary>"안녕하세요", "ㅎㅇ", "hi", "hello there".</summary>
    public static readonly PhraseKey Hello = new("greeting.hello");

    /// <summary>"감사합니다", "ㄱㅅ", "thanks", "ty".</summary>
    public static readonly PhraseKey Thanks = new("greeting.thanks");

    /// <summary>Single characters of a tail of laughter, tears or a smile typed after a greeting, removed before the match.</summary>
    public static readonly PhraseKey TailMarks = new("greeting.tail_marks");
}
