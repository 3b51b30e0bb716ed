namespace ReportBot.Resources.Text;

/// <summary>Strings of a report whose story the survivor began before it was asked (at the main menu, or for the kind of incident).</summary>
public static class StoryText
{
    /// <summary>Thanks, the words are kept as the start of the report, then the report's usual promises.</summary>
    public static readonly TextKey Intro = new("story.intro");

    /// <summary>The kind of incident was answered by telling what happened: those words are kept as the story's start.</summary>
    public static readonly TextKey KeptFromAnswer = new("story.kept_from_answer");

    /// <summary>The story was told with "can this be reported?": the legal options come after the questions, or now if asked.</summary>
    public static readonly TextKey Reportable = new("story.reportable");

    /// <summary>Doubt about reporting, said while telling what happened: it is kept only if saved; stop or go on.</summary>
    public static readonly TextKey Doubt = new("story.doubt");

    /// <summary>A legal question asked while telling what happened: the legal options come after the questions, or now if asked.</summary>
    public static readonly TextKey LegalLater = new("story.legal_later");

    /// <summary>
    /// The kind of incident was answered by telling what happened in words that name no kind on the list: the words are
    /// kept, and the list is asked again, with no "I didn't get that": it is fine not to have a name for it.
    /// </summary>
    public static readonly TextKey KindAfterStory = new("story.kind_after_story");

    /// <summary>The story question when its beginning is already written: anything to add, or "done".</summary>
    public static readonly TextKey AddMore = new("story.add_more");
}
