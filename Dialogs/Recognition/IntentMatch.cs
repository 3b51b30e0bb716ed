namespace ReportBot.Dialogs.Recognition;

/// <summary>An intent found in a message and how sure the recogniser is (0..1).</summary>
public sealed record IntentMatch(string Name, double Score)
{
    /// <summary>At or above this, the command runs.</summary>
    public const double Act = 0.8;

    /// <summary>From this up to <see cref="Act"/>, the survivor is asked once whether they meant the command.</summary>
    public const double Ask = 0.55;

    public bool IsSure => Score >= Act;

    public bool IsUnsure => Score is >= Ask and < Act;
}
