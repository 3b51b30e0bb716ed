namespace ReportBot.Dialogs.Recognition;

/// <summary>The intents of Resources/Phrases/Rules/recognition.json, by name.</summary>
public static class IntentNames
{
    public const string Delete = "delete";
    public const string Exit = "exit";
    public const string Help = "help";
    public const string Counsellor = "counsellor";
    public const string Korean = "korean";
    public const string English = "english";
    public const string CaseCode = "case_code";
    public const string Report = "report";

    /// <summary>"What can I do?": whole phrases only, so that the legal options are never mistaken for another command.</summary>
    public const string Legal = "legal";
}
