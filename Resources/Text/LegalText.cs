namespace ReportBot.Resources.Text;

/// <summary>Strings of the legal-options conversation (the legal content itself lives in Resources/Legal).</summary>
public static class LegalText
{
    public static readonly TextKey IntroReport = new("legal.intro.report");
    public static readonly TextKey IntroType = new("legal.intro.type");

    /// <summary>Before the law on one's identity when reporting ("if I report, will he know it was me?").</summary>
    public static readonly TextKey IntroIdentity = new("legal.intro.identity");

    public static readonly TextKey FirstStillOnline = new("legal.intro.first.still_online");
    public static readonly TextKey FirstTakedown = new("legal.intro.first.takedown");
    public static readonly TextKey FirstLegal = new("legal.intro.first.legal");
    public static readonly TextKey FirstRecord = new("legal.intro.first.record");
    public static readonly TextKey FirstLawsuit = new("legal.intro.first.lawsuit");

    /// <summary>Why the first option comes first, by the reason from the report (<c>LegalOption.FirstWhenReasons</c>); null for none.</summary>
    public static TextKey? FirstBecause(string reason) => reason switch
    {
        "StillOnline" => FirstStillOnline,
        "Lawsuit" => FirstLawsuit,
        "TakedownHelp" => FirstTakedown,
        "LegalHelp" => FirstLegal,
        "JustRecord" => FirstRecord,
        _ => null,
    };
    public static readonly TextKey IntroLaws = new("legal.intro.laws");
    public static readonly TextKey IntroHelp = new("legal.intro.help");
    public static readonly TextKey Disclaimer = new("legal.disclaimer");
    public static readonly TextKey NavNext = new("legal.nav.next");
    public static readonly TextKey NavOther = new("legal.nav.other");
    public static readonly TextKey NavStop = new("legal.nav.stop");
    public static readonly TextKey NavHint = new("legal.nav.hint");
    public static readonly TextKey Done = new("legal.done");
    public static readonly TextKey Stopped = new("legal.stopped");

    /// <summary>The survivor went on telling what happened during a reading: the reading stops and the report begins with those words.</summary>
    public static readonly TextKey ToReport = new("legal.to_report");
    public static readonly TextKey Unavailable = new("legal.unavailable");
    public static readonly TextKey BrowsePrompt = new("legal.browse.prompt");
    public static readonly TextKey BrowseLaws = new("legal.browse.laws");
    public static readonly TextKey BrowseHelp = new("legal.browse.help");
    public static readonly TextKey BasedOn = new("legal.chunk.based_on");
    public static readonly TextKey Source = new("legal.chunk.source");
    public static readonly TextKey Reviewed = new("legal.chunk.reviewed");
    public static readonly TextKey Penalty = new("legal.chunk.penalty");
    public static readonly TextKey Amended = new("legal.chunk.amended");
    public static readonly TextKey InForce = new("legal.chunk.in_force");
    public static readonly TextKey Decided = new("legal.chunk.decided");
    public static readonly TextKey NotYetInForce = new("legal.chunk.not_yet_in_force");
    public static readonly TextKey Referral = new("legal.chunk.referral");
    public static readonly TextKey HelpTitle = new("legal.chunk.help_title");
    public static readonly TextKey Hours = new("legal.chunk.hours");
    public static readonly TextKey Kakao = new("legal.chunk.kakao");
    public static readonly TextKey Languages = new("legal.chunk.languages");
    public static readonly TextKey LanguageKorean = new("legal.language.ko");
    public static readonly TextKey LanguageEnglish = new("legal.language.en");

    /// <summary>A .NET date format pattern, per language, for review and amendment dates.</summary>
    public static readonly TextKey DateFormat = new("legal.date_format");
}
