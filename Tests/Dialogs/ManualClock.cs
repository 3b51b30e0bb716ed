namespace ReportBot.Tests.Dialogs;

/// <summary>A clock the test moves by hand, to come back "days later" without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
