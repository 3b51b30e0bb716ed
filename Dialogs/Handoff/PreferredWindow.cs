namespace ReportBot.Dialogs.Handoff;

/// <summary>When a survivor would like a live conversation with a counsellor (an instant range, shown in Korea time).</summary>
public sealed record PreferredWindow(DateTimeOffset From, DateTimeOffset To);
