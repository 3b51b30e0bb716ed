namespace ReportBot.Benchmarks.Storage;

/// <summary>Where a storage request was sent from: off a turn's path, a conversation's first turn, or a later turn.</summary>
internal enum TurnPhase
{
    OffPath,
    FirstTurn,
    LaterTurn,
}
