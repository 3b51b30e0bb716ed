namespace ReportBot.Bot.Storage.Erasure;

/// <summary>What an erasure removed.</summary>
public sealed record ConversationErasure(bool KeyDeleted, int StateObjectsDeleted, int TranscriptEntriesDeleted);
