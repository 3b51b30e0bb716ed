using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt does instead of asking the same thing a third time: end with this result, after saying this.</summary>
public sealed record PromptFallback(object? Result, TextKey Message);
