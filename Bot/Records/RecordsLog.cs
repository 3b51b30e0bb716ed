namespace ReportBot.Bot.Records;

/// <summary>What the records feature logs: kinds and counts only, never a code, a key, content or an address.</summary>
public static partial class RecordsLog
{
    [LoggerMessage(EventId = 4800, Level = LogLevel.Information, Message = "Signed record issued as {Format}.")]
    public static partial void RecordIssued(ILogger logger, string format);

    [LoggerMessage(EventId = 4801, Level = LogLevel.Information, Message = "Case code look-up over HTTP did not match.")]
    public static partial void CodeMismatch(ILogger logger);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Warning, Message = "Case code look-ups over HTTP paused for a client after too many wrong codes.")]
    public static partial void CodeChecksPaused(ILogger logger);

    [LoggerMessage(EventId = 4803, Level = LogLevel.Information, Message = "Record checked: valid {Valid}, reason {Reason}.")]
    public static partial void RecordVerified(ILogger logger, bool valid, string reason);

    [LoggerMessage(EventId = 4804, Level = LogLevel.Information, Message = "Evidence log: {Outcome} ({Kind}, {Count} item(s)).")]
    public static partial void EvidenceLogged(ILogger logger, string outcome, string kind, int count);

    [LoggerMessage(EventId = 4805, Level = LogLevel.Information, Message = "One-time record link refused (unknown, used or expired).")]
    public static partial void LinkRefused(ILogger logger);

    [LoggerMessage(EventId = 4806, Level = LogLevel.Warning, Message = "Records request failed: {Failure}.")]
    public static partial void RequestFailed(ILogger logger, string failure);

    [LoggerMessage(EventId = 4807, Level = LogLevel.Warning, Message = "Case code look-up over HTTP refused: case-code hashing is at capacity.")]
    public static partial void HashingBusy(ILogger logger);
}
