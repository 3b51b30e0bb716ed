namespace ReportBot.Tests.Support;

/// <summary>
/// A clock that stands still until the test sets or moves it: to expire tokens and idle conversations, to come back
/// "days later", or to fix "today" and "yesterday", without waiting.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Where a clock starts when the test does not care about the date.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
