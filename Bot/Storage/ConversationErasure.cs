namespace ReportBot.Bot.Storage;

/// <summary>What an erasure removed.</summary>
public sealed record ConversationErasure(bool KeyDeleted, int StateObjectsDeleted, int TranscriptEntriesDeleted);
