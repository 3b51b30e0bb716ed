namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// What a "when" answer says: a day (<see cref="From"/> only), a span, or, for ages and life stages, only words
/// (no dates at all). <see cref="Approximate"/> marks a span worked out from words like "mid last month".
/// </summary>
public sealed record DateReading(DateOnly? From, DateOnly? To, bool Approximate, bool WordsOnly)
{
    public static DateReading Words { get; } = new(null, null, true, true);

    public static DateReading Day(DateOnly day, bool approximate = false) => new(day, null, approximate, false);

    public static DateReading Span(DateOnly from, DateOnly to, bool approximate) =>
        from == to ? Day(from, approximate) : new(from < to ? from : to, from < to ? to : from, approximate, false);
}
