namespace ReportBot.Resources.Recognition;

/// <summary>Concepts that together make an intent (all of them must occur), and how sure that combination is.</summary>
public sealed record IntentPattern
{
    public required string[] Concepts { get; init; }

    /// <summary>1.0 for an unambiguous combination; lower for a single concept that often means the intent.</summary>
    public double Weight { get; init; } = 1.0;
}
