using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>The shared services every dialog may use: text, phrases, the clock and the time zone.</summary>
public sealed class DialogServices
{
    public DialogServices(ITextCatalog texts, IPhraseCatalog phrases, TimeProvider clock, ConversationOptions options)
    {
        Texts = texts;
        Phrases = phrases;
        Clock = clock;
        Options = options;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    public ITextCatalog Texts { get; }

    public IPhraseCatalog Phrases { get; }

    public TimeProvider Clock { get; }

    public ConversationOptions Options { get; }

    public TimeZoneInfo TimeZone { get; }

    public Language DefaultLanguage => Options.DefaultLanguage;

    /// <summary>Today's date where the survivors live (Korea by default), for "today" and "yesterday".</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZone).DateTime);
}
