using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// Reads a time window for a live conversation ("tomorrow afternoon 2-4" in Korean or English, "tomorrow 2-4 pm", "today 3pm", "14:00-16:00")
/// relative to now in the service's time zone. Deliberately small: a day word, a morning/afternoon word and one hour
/// or an hour range; the words come from Resources/Phrases/replies.json. A general date recognizer can replace it
/// behind <see cref="TryParse"/> without the dialogs noticing.
/// </summary>
public static class PreferredTimeParser
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromHours(12);
    private static readonly ConditionalWeakTable<IPhraseCatalog, Regex[]> Patterns = new();

    public static PreferredWindow? TryParse(string? text, DateTimeOffset now, TimeZoneInfo zone, IPhraseCatalog phrases)
    {
        var normalized = TextMatcher.Normalize(text).Replace("a.m.", "am", StringComparison.Ordinal).Replace("p.m.", "pm", StringComparison.Ordinal);
        if (normalized.Length == 0)
        {
            return null;
        }

        var patterns = Patterns.GetValue(phrases, Build);
        var match = patterns.Select(p => p.Match(normalized)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            return null;
        }

        var afternoon = Mentions(normalized, phrases.All(RepliesPhrases.Afternoon));
        var morning = !afternoon && Mentions(normalized, phrases.All(RepliesPhrases.Morning));
        if (!TryTime(match, "1", afternoon, morning, out var start))
        {
            return null;
        }

        TimeSpan end;
        if (match.Groups["h2"].Success)
        {
            if (!TryTime(match, "2", afternoon || start.Hours >= 12, morning, out end))
            {
                return null;
            }

            // "11 am to 1": the end is after noon.
            if (end <= start && end.Add(TimeSpan.FromHours(12)) > start && end.Hours < 12)
            {
                end = end.Add(TimeSpan.FromHours(12));
            }
        }
        else
        {
            end = start.Add(TimeSpan.FromHours(1));
        }

        if (end <= start || end - start > LongestWindow)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var days = Mentions(normalized, phrases.All(RepliesPhrases.DayAfterTomorrow)) ? 2
            : Mentions(normalized, phrases.All(RepliesPhrases.Tomorrow)) ? 1
            : Mentions(normalized, phrases.All(CommonPhrases.Today)) ? 0
            : -1;
        var date = local.Date.AddDays(Math.Max(days, 0));
        var from = At(date + start, zone);
        var to = At(date + end, zone);
        if (to <= now && days < 0)
        {
            // No day named and the time has passed today: the survivor means tomorrow.
            (from, to) = (At(date.AddDays(1) + start, zone), At(date.AddDays(1) + end, zone));
        }

        return to <= now ? null : new PreferredWindow(from, to);
    }

    private static bool TryTime(Match match, string n, bool afternoon, bool morning, out TimeSpan time)
    {
        time = default;
        var hour = int.Parse(match.Groups["h" + n].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = match.Groups["m" + n].Success ? int.Parse(match.Groups["m" + n].Value, System.Globalization.CultureInfo.InvariantCulture)
            : match.Groups["half" + n].Success ? 30 : 0;
        if (hour > 24 || minute > 59)
        {
            return false;
        }

        // Without a morning word, 1 to 7 o'clock means the afternoon: nobody books a counsellor for 3 a.m. by writing a
        // bare "3". A leading zero ("07:00") is a 24-hour clock and taken as written.
        var twentyFourHour = match.Groups["h" + n].Value.StartsWith('0');
        if (hour < 12 && !twentyFourHour && (afternoon || (!morning && hour is >= 1 and <= 7)))
        {
            hour += 12;
        }
        else if (hour == 12 && morning)
        {
            hour = 0;
        }

        time = new TimeSpan(hour, minute, 0);
        return time <= TimeSpan.FromHours(24);
    }

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));

    /// <summary>Korean words match anywhere (they are written without spaces); Latin words only as whole words.</summary>
    private static bool Mentions(string normalized, IEnumerable<string> words) =>
        words.Select(TextMatcher.Normalize).Any(w => w.Length > 0 && (w.Any(c => c > 0x7F)
            ? normalized.Contains(w, StringComparison.Ordinal)
            : Regex.IsMatch(normalized, "(?<![a-z])" + Regex.Escape(w) + "(?![a-z])", RegexOptions.CultureInvariant)));

    private static Regex[] Build(IPhraseCatalog phrases)
    {
        // Not TextMatcher.Normalize: it trims punctuation, and "~" and "-" are the very words a range is written with.
        string Alt(PhraseKey key) => string.Join("|", phrases.All(key).Select(w => w.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant()).Where(w => w.Length > 0).OrderByDescending(w => w.Length).Select(Regex.Escape));
        var hour = Alt(RepliesPhrases.HourSuffix);
        var minute = Alt(RepliesPhrases.MinuteSuffix);
        var half = Alt(RepliesPhrases.HalfHour);
        var meridiem = Alt(RepliesPhrases.Afternoon) + "|" + Alt(RepliesPhrases.Morning);
        string Time(string n) =>
            $@"(?<h{n}>\d{{1,2}})(?:[:.](?<m{n}>\d{{2}}))?\s*(?:(?:{hour})(?:\s*(?:(?<half{n}>{half})|(?<m{n}>\d{{1,2}})\s*(?:{minute})))?)?";
        var range = $@"(?<![\d\-/.]){Time("1")}\s*(?:{meridiem})?\s*(?:{Alt(RepliesPhrases.Range)})\s*(?:{meridiem})?\s*{Time("2")}(?![\d\-/])";
        var single = $@"(?<![\d\-/.])(?<h1>\d{{1,2}})(?:(?::(?<m1>\d{{2}}))|\s*(?:{hour})(?:\s*(?:(?<half1>{half})|(?<m1>\d{{1,2}})\s*(?:{minute})))?|\s*(?={meridiem}))";
        return
        [
            new Regex(range, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)),
            new Regex(single, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)),
        ];
    }
}
