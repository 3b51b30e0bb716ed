namespace ReportBot.Resources.Text;

/// <summary>Strings of the recognition layer: the one-time checks, the crisis check-in, answers kept as written.</summary>
public static class RecognitionText
{
    public static readonly TextKey CheckExit = new("recognition.check.exit");
    public static readonly TextKey CheckHelp = new("recognition.check.help");
    public static readonly TextKey CheckCounsellor = new("recognition.check.counsellor");
    public static readonly TextKey CheckKorean = new("recognition.check.korean");
    public static readonly TextKey CheckEnglish = new("recognition.check.english");
    public static readonly TextKey CheckCaseCode = new("recognition.check.case_code");
    public static readonly TextKey CheckReport = new("recognition.check.report");
    public static readonly TextKey CheckKept = new("recognition.check.kept");
    public static readonly TextKey CrisisCheckIn = new("recognition.crisis.check_in");
    public static readonly TextKey CrisisCheckInNo = new("recognition.crisis.check_in_no");
    public static readonly TextKey AsWritten = new("recognition.as_written");
    public static readonly TextKey AsWrittenMarker = new("recognition.as_written_marker");
    public static readonly TextKey SkippedNoAnswer = new("recognition.skipped_no_answer");
    public static readonly TextKey StillUnclear = new("recognition.still_unclear");
    public static readonly TextKey ConfirmDefaultNo = new("recognition.confirm_default_no");
    public static readonly TextKey LanguageDefault = new("recognition.language_default");
    public static readonly TextKey Feelings = new("recognition.feelings");
    public static readonly TextKey WhenAbout = new("recognition.when_about");

    /// <summary>The one-time check for an intent the recogniser is unsure of, by intent name.</summary>
    public static TextKey? CheckFor(string intent) => intent switch
    {
        "exit" => CheckExit,
        "help" => CheckHelp,
        "counsellor" => CheckCounsellor,
        "korean" => CheckKorean,
        "english" => CheckEnglish,
        "case_code" => CheckCaseCode,
        "report" => CheckReport,
        _ => null,
    };
}
