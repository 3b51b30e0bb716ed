using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>One entry of the main menu.</summary>
public sealed record MenuEntry(string Value, TextKey Label, string DialogId, object? DialogOptions = null);
