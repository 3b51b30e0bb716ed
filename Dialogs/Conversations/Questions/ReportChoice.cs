using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>One option of a report question: the stable value kept in the report, and its label (a string key).</summary>
public sealed record ReportChoice(string Value, TextKey Label);
