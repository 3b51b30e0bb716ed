namespace ReportBot.Resources.Phrases;

/// <summary>Words for naming a time for a live conversation ("내일 오후 2~4시", "tomorrow 2-4 pm").</summary>
public static class RepliesPhrases
{
    public static readonly PhraseKey Tomorrow = new("time.tomorrow");
    public static readonly PhraseKey DayAfterTomorrow = new("time.day_after_tomorrow");
    public static readonly PhraseKey Afternoon = new("time.afternoon");
    public static readonly PhraseKey Morning = new("time.morning");
    public static readonly PhraseKey HalfHour = new("time.half_hour");
    public static readonly PhraseKey HourSuffix = new("time.hour_suffix");
    public static readonly PhraseKey MinuteSuffix = new("time.minute_suffix");

    /// <summary>What joins the two ends of a range ("2~4", "2 to 4", "2시부터 4시").</summary>
    public static readonly PhraseKey Range = new("time.range");
}
