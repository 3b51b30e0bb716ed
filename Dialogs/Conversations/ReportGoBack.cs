namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// What a report question's prompt ends with when the survivor corrects the answer just given or asks to go back
/// (<see cref="Interruptions.GoBackInterruption"/>): the report asks <see cref="Field"/>'s question again, then carries on
/// from the question it was asking.
/// </summary>
public sealed record ReportGoBack(string Field);
