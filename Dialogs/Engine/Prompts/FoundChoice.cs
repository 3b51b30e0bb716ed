namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>The choice the survivor picked.</summary>
public sealed record FoundChoice(string Value, int Index);
