using FluentValidation;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a date: "today", "어제", "2026년 3월 5일", "3월 5일", "5 March", "March 5, 2026", "2026-03-05", "3일 전".</summary>
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
