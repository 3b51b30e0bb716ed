namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>A conversation as found or created by <see cref="IDirectLineConversationStore.StartAsync"/>.</summary>
public sealed record ConversationStart(DirectLineConversation Conversation, bool Created);
