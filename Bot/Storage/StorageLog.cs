namespace ReportBot.Bot.Storage;

/// <summary>Storage log lines. Fields are counts, digests' absence, and exception descriptions only: never a name built from an id.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "No Storage:KeyEncryptionKey is configured: generated a random key-encryption key into {Path} for local use. Keep that file private; anyone holding it and the data folder can read the data. In Azure, set Storage:KeyEncryptionKey from Key Vault (deployment/key-vault.md).")]
    public static partial void GeneratedLocalKey(ILogger logger, string path);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Storage: {Medium} (container or folder '{Location}').")]
    public static partial void StorageSelected(ILogger logger, string medium, string location);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Transcript storage is unreachable; {Pending} transcript line(s) wait in the local outbox and will be written in order when it returns. {Exception}")]
    public static partial void OutboxDrainPaused(ILogger logger, long pending, string exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Transcript storage is reachable again; the outbox is draining.")]
    public static partial void OutboxDrainResumed(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "A transcript line in the outbox could not be read (damaged record) and was skipped. {Exception}")]
    public static partial void OutboxRecordDamaged(ILogger logger, string exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Conversation state changed on another instance during this turn; re-running the turn (attempt {Attempt}).")]
    public static partial void TurnConflictRetry(ILogger logger, int attempt);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "State storage is unreachable; the survivor was told to try again shortly and the message was kept in the transcript outbox. {Exception}")]
    public static partial void StateUnavailable(ILogger logger, string exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Erased a case: {StateObjects} state object(s), {TranscriptEntries} transcript entries, data key deleted: {KeyDeleted}.")]
    public static partial void CaseErased(ILogger logger, int stateObjects, int transcriptEntries, bool keyDeleted);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Retention sweep: {Expired} case(s) older than {Days} days erased.")]
    public static partial void RetentionSwept(ILogger logger, int expired, int days);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error, Message = "Retention sweep failed; it runs again later. {Exception}")]
    public static partial void RetentionFailed(ILogger logger, string exception);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "A stored object could not be decrypted (wrong key-encryption key or damaged data); it is treated as absent. {Exception}")]
    public static partial void DecryptFailed(ILogger logger, string exception);
}
