namespace ReportBot.Bot.Privacy.Evaluation;

/// <summary>What the redactor made of one labelled message: the secrets still readable and the kept parts it destroyed.</summary>
public sealed record RedactionOutcome(LabelledRedaction Item, string Redacted, IReadOnlyList<string> Leaked, IReadOnlyList<string> Lost)
{
    /// <summary>Every identifying part is gone.</summary>
    public bool Caught => Leaked.Count == 0;

    public bool Changed => !string.Equals(Redacted, Item.Text, StringComparison.Ordinal);

    /// <summary>A message with no personal detail that was altered, or a kept part that was eaten.</summary>
    public bool OverRedacted => Lost.Count > 0 || (Item.Type == LabelledRedaction.None && Changed);
}
