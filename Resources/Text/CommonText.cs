namespace ReportBot.Resources.Text;

/// <summary>Strings shared by every conversation: errors, retries, validation.</summary>
public static class CommonText
{
    public static readonly TextKey Error = new("common.error");
    public static readonly TextKey ErrorBilingual = new("common.error.bilingual");
    public static readonly TextKey EmptyMessage = new("common.empty_message");
    public static readonly TextKey TooLong = new("common.too_long");
    public static readonly TextKey NotText = new("common.not_text");
    public static readonly TextKey RetryChoice = new("common.retry.choice");
    public static readonly TextKey RetryConfirm = new("common.retry.confirm");
    public static readonly TextKey RetryDate = new("common.retry.date");
    public static readonly TextKey RetryText = new("common.retry.text");
    public static readonly TextKey DateInFuture = new("common.validation.date_in_future");
    public static readonly TextKey AnswerTooLong = new("common.validation.too_long");
    public static readonly TextKey Yes = new("common.yes");
    public static readonly TextKey No = new("common.no");
}
