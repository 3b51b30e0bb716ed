namespace ReportBot.Dialogs.Conversations;

/// <summary>A link to a record: a one-time download, or the page where the survivor types their code.</summary>
public sealed record RecordLink(string Url, bool OneTime);
