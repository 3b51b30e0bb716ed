namespace ReportBot.Resources.Phrases;

/// <summary>Global commands a survivor can send at any point (whole-message matches).</summary>
public static class InterruptionPhrases
{
    public static readonly PhraseKey Help = new("command.help");
    public static readonly PhraseKey Delete = new("command.delete");
    public static readonly PhraseKey Exit = new("command.exit");
    public static readonly PhraseKey Report = new("command.report");
    public static readonly PhraseKey CaseCode = new("command.case_code");
}
