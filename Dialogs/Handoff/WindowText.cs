using System.Globalization;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Handoff;

/// <summary>Says a time window, or a moment, in the service's time zone in the survivor's language ("Sat 6 Dec 14:00-16:00", and its Korean form).</summary>
public static class WindowText
{
    public static string Format(PreferredWindow window, TimeZoneInfo zone, ITextCatalog texts, Language language)
    {
        var from = TimeZoneInfo.ConvertTime(window.From, zone);
        var to = TimeZoneInfo.ConvertTime(window.To, zone);
        return Moment(window.From, zone, texts, language) + "-" + to.ToString("HH:mm", CultureInfo.InvariantCulture)
            + (to.Date != from.Date ? " (+1)" : string.Empty);
    }

    public static string Moment(DateTimeOffset at, TimeZoneInfo zone, ITextCatalog texts, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString(texts.Get(RepliesText.WindowDateFormat, language), language.Culture()) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
