namespace ReportBot.Resources.Text;

/// <summary>Strings of the one-time command check's answers (the checks themselves are in <see cref="RecognitionText"/>).</summary>
public static class CommandCheckText
{
    public static readonly TextKey KeptBoth = new("commandcheck.kept_both");
}
