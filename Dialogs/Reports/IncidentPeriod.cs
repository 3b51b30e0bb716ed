namespace ReportBot.Dialogs.Reports;

/// <summary>
/// When it happened: one day (<see cref="From"/> only), a span of days, or "I don't remember" (<see cref="Unknown"/>).
/// </summary>
public sealed record IncidentPeriod
{
    public static readonly IncidentPeriod NotRemembered = new() { Unknown = true };

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public bool Unknown { get; init; }

    public static IncidentPeriod On(DateOnly day) => new() { From = day };

    public static IncidentPeriod Between(DateOnly from, DateOnly to) =>
        from == to ? On(from) : new() { From = from < to ? from : to, To = from < to ? to : from };
}
