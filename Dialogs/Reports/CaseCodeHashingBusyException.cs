namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Thrown when a case-code look-up finds every hashing slot and the short queue taken (see
/// <see cref="CaseCodeHashGate"/>). Not a wrong code: the caller asks the survivor to try again in a moment.
/// </summary>
public sealed class CaseCodeHashingBusyException : Exception
{
    public CaseCodeHashingBusyException()
        : base("Case-code hashing is at capacity; try again in a moment.")
    {
    }

    public CaseCodeHashingBusyException(string message)
        : base(message)
    {
    }

    public CaseCodeHashingBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
