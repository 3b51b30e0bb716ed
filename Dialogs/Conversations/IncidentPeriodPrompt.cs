using System.Text.RegularExpressions;
using FluentValidation;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Asks when something happened: one day ("yesterday", "5 March 2026", or the
/// Korean forms), a span ("2026-01-10 ~ 2026-03-05", "1 March to 5 March", or with the Korean particles for
/// "from" and "until"), or "I don't remember". The words come from Resources/Phrases/report.json.
/// </summary>
public sealed partial class IncidentPeriodPrompt : Prompt<IncidentPeriod>
{
    public IncidentPeriodPrompt(string id, IValidator<IncidentPeriod>? validator)
        : base(id, validator)
    {
    }

    protected override TextKey DefaultRetry => ReportText.RetryWhen;

    protected override PromptRecognition<IncidentPeriod> Recognize(DialogContext dc, PromptOptions options)
    {
        var period = ReadAnswer(dc.Text, dc.Services.Today, dc.Services.Phrases);
        return period is null ? PromptRecognition<IncidentPeriod>.Failed : PromptRecognition<IncidentPeriod>.Found(period);
    }

    /// <summary>Twice unreadable (or twice in the future): kept as written, the report moves on.</summary>
    protected override PromptFallback? Fallback(DialogContext dc, PromptOptions options) =>
        dc.Text.Trim().Length > 0 ? new PromptFallback(IncidentPeriod.Written(dc.Text), RecognitionText.AsWritten) : null;

    /// <summary>Reads a period from text: a calendar date or span, or words people use for when (see <see cref="DateReader"/>), or null.</summary>
    public static IncidentPeriod? Read(string? text, DateOnly today, IPhraseCatalog phrases)
    {
        var exact = ReadExact(text, today, phrases);
        if (exact is not null || text is null)
        {
            return exact;
        }

        var reading = DateReader.For(phrases).Read(text, today);
        return reading is null
            ? null
            : new IncidentPeriod { From = reading.From, To = reading.To, Approximate = reading.Approximate, Words = WrittenAnswer.Of(text).Text };
    }

    /// <summary>
    /// An answer to "when?": read whole (<see cref="Read"/>), or when it says more than the time ("its been like 2 weeks
    /// since the post went up", "it was around christmas, after the office party"), the time it mentions, kept with the
    /// whole answer as written. Null when it names no time.
    /// </summary>
    public static IncidentPeriod? ReadAnswer(string? text, DateOnly today, IPhraseCatalog phrases) =>
        Read(text, today, phrases)
        ?? (Find(text, today, phrases) is { } found ? found with { Words = WrittenAnswer.Of(text!).Text } : null);

    /// <summary>
    /// The time that longer words (a clause of the story, a correction at the summary) mention, kept with only the words
    /// that say it ("yesterday my boss touched me" gives "yesterday"), or null.
    /// </summary>
    public static IncidentPeriod? Find(string? text, DateOnly today, IPhraseCatalog phrases) =>
        DateReader.For(phrases).Find(text, today) is { } found
            ? new IncidentPeriod { From = found.Reading.From, To = found.Reading.To, Approximate = found.Reading.Approximate, Words = found.Words }
            : null;

    private static IncidentPeriod? ReadExact(string? text, DateOnly today, IPhraseCatalog phrases)
    {
        var normalized = TextMatcher.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (TextMatcher.ContainsAny(normalized, phrases.All(ReportPhrases.WhenUnknown)))
        {
            return IncidentPeriod.NotRemembered;
        }

        if (DateRecognizer.Recognize(normalized, today, phrases) is { } day)
        {
            return IncidentPeriod.On(day);
        }

        var parts = SplitRange(normalized, phrases);
        if (parts is null)
        {
            return null;
        }

        var from = DateRecognizer.Recognize(parts.Value.From, today, phrases);
        var to = DateRecognizer.Recognize(parts.Value.To, today, phrases);
        if (from is null || to is null)
        {
            return null;
        }

        // Validation, not recognition, tells the survivor when the order is reversed.
        return from <= to ? IncidentPeriod.Between(from.Value, to.Value) : new IncidentPeriod { From = from, To = to };
    }

    private static (string From, string To)? SplitRange(string text, IPhraseCatalog phrases)
    {
        foreach (var word in phrases.All(ReportPhrases.RangeWords))
        {
            text = Regex.Replace(text, @"(^|\s|(?<=\d|\p{L}))" + Regex.Escape(TextMatcher.Normalize(word)) + @"(\s|$)", " ");
        }

        var tilde = text.IndexOfAny(['~', '∼', '〜', '–', '—']);
        if (tilde > 0)
        {
            return (text[..tilde].Trim(), text[(tilde + 1)..].Trim());
        }

        foreach (var separator in phrases.All(ReportPhrases.RangeSeparators).Select(TextMatcher.Normalize))
        {
            // A Korean particle is written straight after the date; an English word stands alone (" to ").
            var pattern = LanguageExtensions.ContainsHangul(separator)
                ? Regex.Escape(separator)
                : @"\s" + Regex.Escape(separator) + @"\s";
            var match = Regex.Match(text, pattern);
            if (match.Success && match.Index > 0)
            {
                return (text[..match.Index].Trim(), text[(match.Index + match.Length)..].Trim());
            }
        }

        return null;
    }
}
