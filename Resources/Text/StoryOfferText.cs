namespace ReportBot.Resources.Text;

/// <summary>
/// Answers the survivor already gave in their own words: offered at a later question instead of asking as if unheard,
/// and taken from the summary when a value is named there ("it was in March, not April").
/// </summary>
public static class StoryOfferText
{
    /// <summary>A yes/no question: the answer read from the story, with the part's label.</summary>
    public static readonly TextKey Ask = new("story_offer.ask");

    /// <summary>Said before the question when the survivor doubts an offered answer ("not sure"): it is not taken.</summary>
    public static readonly TextKey Unsure = new("story_offer.unsure");

    /// <summary>Said at the summary after parts were changed by naming their values; one "label: answer" line each.</summary>
    public static readonly TextKey Changed = new("story_offer.changed");
}
