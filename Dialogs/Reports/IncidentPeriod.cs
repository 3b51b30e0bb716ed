namespace ReportBot.Dialogs.Reports;

/// <summary>
/// When it happened: one day (<see cref="From"/> only), a span of days, or "I don't remember" (<see cref="Unknown"/>).
/// An answer given in words ("mid last month", "in high school") keeps those <see cref="Words"/>, with the approximate
/// span they stand for when there is one; the summary shows the words.
/// </summary>
public sealed record IncidentPeriod
{
    public static readonly IncidentPeriod NotRemembered = new() { Unknown = true };

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public bool Unknown { get; init; }

    /// <summary>The survivor's own words for when, if the answer was not a plain calendar date.</summary>
    public string? Words { get; init; }

    /// <summary>True when <see cref="From"/>..<see cref="To"/> is worked out from approximate words.</summary>
    public bool Approximate { get; init; }

    /// <summary>True when the words could not be read as a time at all and were kept as written.</summary>
    public bool AsWritten { get; init; }

    /// <summary>Words kept as written after two answers that could not be read.</summary>
    public static IncidentPeriod Written(string words) => new() { Words = Engine.Prompts.WrittenAnswer.Of(words).Text, AsWritten = true };

    public static IncidentPeriod On(DateOnly day) => new() { From = day };

    public static IncidentPeriod Between(DateOnly from, DateOnly to) =>
        from == to ? On(from) : new() { From = from < to ? from : to, To = from < to ? to : from };
}
