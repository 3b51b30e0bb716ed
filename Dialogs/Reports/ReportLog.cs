using Microsoft.Extensions.Logging;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Log events of the report feature. They carry counts and outcomes only: never what the survivor wrote, never a
/// case code or its storage key, never a conversation id.
/// </summary>
public static partial class ReportLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "A report was saved as a new case ({TypeCount} incident types, story given: {HasNarrative}).")]
    public static partial void CaseSaved(ILogger logger, int typeCount, bool hasNarrative);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "A survivor added to their case through its code.")]
    public static partial void CaseAdded(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "A case code did not match any case (attempt {Attempt} in this conversation).")]
    public static partial void CaseCodeMismatch(ILogger logger, int attempt);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "A case code was not checked: case-code hashing is at capacity; the survivor was asked to try again.")]
    public static partial void CaseCodeHashingBusy(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "The crisis response was shown.")]
    public static partial void CrisisResponded(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Data was erased at a survivor's request: {Items}.")]
    public static partial void DataErased(ILogger logger, string items);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "A report failed validation when saved ({ErrorCount} errors); the survivor was shown the summary again.")]
    public static partial void ReportInvalid(ILogger logger, int errorCount);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "The crisis check-in was asked (indirect warning signs).")]
    public static partial void CrisisCheckIn(ILogger logger);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "An answer was kept as written after it could not be read twice ({Prompt}).")]
    public static partial void KeptAsWritten(ILogger logger, string prompt);
}
