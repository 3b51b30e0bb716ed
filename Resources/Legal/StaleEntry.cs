namespace ReportBot.Resources.Legal;

/// <summary>A content entry overdue for review: its kind (topic, option, organisation), id and last review.</summary>
public sealed record StaleEntry(string Kind, string Id, DateOnly Reviewed);
