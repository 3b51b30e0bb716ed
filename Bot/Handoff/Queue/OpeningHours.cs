using System.Globalization;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>The counsellors' schedule: whether it is open at a given instant, and how to say the hours.</summary>
public sealed class OpeningHours
{
    private readonly HandoffOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly TimeOnly _opens;
    private readonly TimeOnly _closes;
    private readonly bool _everyDay;

    public OpeningHours(HandoffOptions options)
    {
        _options = options;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        _opens = TimeOnly.ParseExact(options.Opens, "HH:mm", CultureInfo.InvariantCulture);
        _closes = TimeOnly.ParseExact(options.Closes, "HH:mm", CultureInfo.InvariantCulture);
        TryParseDays(options.Days, out _everyDay);
    }

    public static bool TryParseDays(string? days, out bool everyDay)
    {
        everyDay = string.Equals(days, "everyday", StringComparison.OrdinalIgnoreCase);
        return everyDay || string.Equals(days, "weekdays", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsOpen(DateTimeOffset now)
    {
        if (_options.AlwaysOpen)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(now, _zone);
        if (!_everyDay && local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return _opens <= _closes ? time >= _opens && time < _closes : time >= _opens || time < _closes;
    }

    public string Describe(ITextCatalog texts, Language language) =>
        texts.Get(_everyDay ? HandoffText.EveryDay : HandoffText.Weekdays, language) + " " + _options.Opens + "-" + _options.Closes;
}
