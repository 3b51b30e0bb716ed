namespace ReportBot.Resources.Text;

/// <summary>Strings of the welcome and the language choice.</summary>
public static class WelcomeText
{
    public static readonly TextKey IntroBilingual = new("welcome.intro.bilingual");
    public static readonly TextKey ChooseLanguage = new("welcome.choose_language");
    public static readonly TextKey Intro = new("welcome.intro");
    public static readonly TextKey LanguageHint = new("welcome.language_hint");
    public static readonly TextKey LanguageSet = new("welcome.language_set");
    public static readonly TextKey KoreanLabel = new("welcome.language.korean");
    public static readonly TextKey EnglishLabel = new("welcome.language.english");
}
