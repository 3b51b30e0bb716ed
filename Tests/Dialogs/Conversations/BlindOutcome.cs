namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>What one aspect of a blind line came to: null <see cref="Miss"/> when the bot did what the line expects.</summary>
public sealed record BlindOutcome(BlindLine Line, string Aspect, string? Miss);
