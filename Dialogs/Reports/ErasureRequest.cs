namespace ReportBot.Dialogs.Reports;

/// <summary>
/// What to erase. <see cref="ChannelId"/> and <see cref="ConversationId"/> name the conversation the request came
/// from (as the turn saw them); <see cref="CaseKey"/> the storage key of a case to erase with it, if any.
/// When <see cref="WholeConversation"/> is false only the case goes (a survivor deleting a case through its code
/// from another conversation); when true, everything kept for the conversation goes too.
/// </summary>
public sealed record ErasureRequest(string ChannelId, string ConversationId, string? CaseKey, bool WholeConversation);
