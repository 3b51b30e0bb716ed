namespace ReportBot.Tests.Support;

/// <summary>A clock that stands still (or moves only when told), for dates such as "today" and "yesterday".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
