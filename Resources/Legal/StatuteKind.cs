namespace ReportBot.Resources.Legal;

/// <summary>What a topic's source is, so its date reads right: a law takes effect, a court decides.</summary>
public enum StatuteKind
{
    /// <summary>An act of parliament; its topics carry the day the text took effect.</summary>
    Law,

    /// <summary>A court decision; its topics carry the day it was given.</summary>
    Decision,

    /// <summary>An official instruction (a prosecution manual); dated like a law.</summary>
    Instruction,
}
