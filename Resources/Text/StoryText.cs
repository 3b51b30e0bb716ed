namespace ReportBot.Resources.Text;

/// <summary>Strings of a report that began with the survivor telling what happened at the main menu.</summary>
public static class StoryText
{
    /// <summary>Thanks, the words are kept as the start of the report, then the report's usual promises.</summary>
    public static readonly TextKey Intro = new("story.intro");

    /// <summary>The story question when its beginning is already written: anything to add, or "done".</summary>
    public static readonly TextKey AddMore = new("story.add_more");
}
