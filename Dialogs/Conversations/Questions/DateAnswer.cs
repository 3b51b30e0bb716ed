using FluentValidation.Results;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// When something happened: a day, a span, words like "last summer" read as an approximate span, or "I don't
/// remember" (<see cref="IncidentPeriodPrompt"/>); twice unreadable, the words are kept as written. The answer is an
/// <see cref="IncidentPeriod"/>, never in the future.
/// </summary>
public sealed record DateAnswer : AnswerFormat
{
    public override Dialog? CreatePrompt(string promptId, Func<DateOnly> today) => new IncidentPeriodPrompt(promptId, new IncidentPeriodValidator(today));

    public override object? Read(object result) => result as IncidentPeriod;

    public override object? FromJson(JToken json) => json.ToObject<IncidentPeriod>(ReportJson.Serializer);

    public override IEnumerable<ValidationFailure> Check(object answer, Func<DateOnly> today) =>
        new IncidentPeriodValidator(today).Validate((IncidentPeriod)answer).Errors;

    public override string Describe(object answer, ITextCatalog texts, Language language)
    {
        var when = (IncidentPeriod)answer;
        var culture = language.Culture();
        if (when.Words is { } words)
        {
            // The survivor's words come first; an approximate span they stand for follows.
            if (when.AsWritten || when.From is null)
            {
                return when.AsWritten ? words + " " + texts.Get(RecognitionText.AsWrittenMarker, language) : words;
            }

            var format = texts.Get(ReportText.DateFormat, language);
            var span = when.From.Value.ToString(format, culture) + (when.To is { } end ? " ~ " + end.ToString(format, culture) : string.Empty);
            return texts.Get(RecognitionText.WhenAbout, language, ("words", words), ("range", span));
        }

        if (when.Unknown || when.From is null)
        {
            return texts.Get(ReportText.SummaryNotRemembered, language);
        }

        var longFormat = texts.Get(ReportText.DateFormatLong, language);
        var from = when.From.Value.ToString(longFormat, culture);
        return when.To is { } to ? from + " ~ " + to.ToString(longFormat, culture) : from;
    }
}
