namespace ReportBot.Resources.Phrases;

/// <summary>Words that tell, at the main menu, that the survivor has started telling what happened (Resources/Phrases/stories.json).</summary>
public static class StoryPhrases
{
    public static readonly PhraseKey Act = new("story.act");
    public static readonly PhraseKey Actor = new("story.actor");
    public static readonly PhraseKey Detail = new("story.detail");
}
