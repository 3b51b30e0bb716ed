namespace ReportBot.Bot.Handoff.Queue;

/// <summary>One line of the transcript shown to a counsellor: who ("survivor", "bot"), what, when.</summary>
public sealed record TranscriptLine(string From, string Text, DateTimeOffset? At);
