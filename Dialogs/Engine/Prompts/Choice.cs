namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>One option of a choice prompt: a stable value, and a label shown in the survivor's language.</summary>
/// <param name="Value">The value the dialog receives; also accepted as a button value.</param>
/// <param name="LabelKey">The string key of the label; the label matches in every language.</param>
/// <param name="Synonyms">Other words that pick this choice, in any language.</param>
public sealed record Choice(string Value, string LabelKey, string[]? Synonyms = null);
