namespace ReportBot.Bot.Handoff.Auth;

/// <summary>Sign-in defence log lines: outcomes only, never names, passwords or addresses.</summary>
internal static partial class CounsellorSignInLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "A counsellor account was locked for {Minutes} minutes after repeated wrong passwords.")]
    public static partial void Locked(ILogger logger, int minutes);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "A counsellor sign-in was refused without checking the password (locked or too frequent).")]
    public static partial void Refused(ILogger logger);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "A counsellor sign-in was refused: too many password checks are already waiting.")]
    public static partial void HashingBusy(ILogger logger);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "A counsellor token was refused: its session has ended or its account changed.")]
    public static partial void SessionEnded(ILogger logger);
}
