namespace ReportBot.Resources.Recognition;

/// <summary>One intent (a global command): whole-message phrase lists, concept combinations, and words it may carry along.</summary>
public sealed record IntentRule
{
    public required string Name { get; init; }

    /// <summary>Phrase lists whose phrases, as a whole message, are this intent for certain.</summary>
    public string[] Phrases { get; init; } = [];

    public required IntentPattern[] Patterns { get; init; }

    /// <summary>Concept lists of words that belong with this intent ("what I wrote" with delete) and explain the message too.</summary>
    public string[] Fillers { get; init; } = [];

    /// <summary>
    /// Concept lists that make the message about something else ("all this going on", "everything that's happening" with
    /// stop: the survivor wants what is happening to them to stop, not the chat): with one of them the intent is not read.
    /// </summary>
    public string[] Unless { get; init; } = [];

    /// <summary>True for an intent that only counts at the main menu or as a first message (starting a report).</summary>
    public bool MenuOnly { get; init; }
}
