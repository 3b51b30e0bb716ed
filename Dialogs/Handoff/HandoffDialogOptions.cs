namespace ReportBot.Dialogs.Handoff;

/// <summary>How the handoff dialog is begun: from the menu or a request (not crisis), or by the crisis interruption.</summary>
public sealed record HandoffDialogOptions(bool Crisis = false);
