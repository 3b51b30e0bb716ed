using FluentValidation;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a date: "today", "yesterday", Korean year-month-day forms, "5 March", "March 5, 2026", "2026-03-05", "3 days ago" (see DateRecognizer).</summary>
public sealed class DatePrompt : Prompt<DateOnly>
{
    public DatePrompt(string id, IValidator<DateOnly>? validator = null)
        : base(id, validator)
    {
    }

    protected override TextKey DefaultRetry => CommonText.RetryDate;

    protected override PromptRecognition<DateOnly> Recognize(DialogContext dc, PromptOptions options)
    {
        var date = DateRecognizer.Recognize(dc.Text, dc.Services.Today, dc.Services.Phrases);
        return date is null ? PromptRecognition<DateOnly>.Failed : PromptRecognition<DateOnly>.Found(date.Value);
    }
}
