namespace ReportBot.Tests.Channels.DirectLine;

/// <summary>A clock the test moves by hand, to expire tokens and idle conversations without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
