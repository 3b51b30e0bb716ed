namespace ReportBot.Dialogs.Reports;

/// <summary>
/// The string keys validators use as error messages (the prompt engine shows them in the survivor's language),
/// and the placeholder state that goes with them.
/// </summary>
public static class ValidationMessages
{
    public const string TooLong = "common.validation.too_long";
    public const string DateInFuture = "common.validation.date_in_future";
    public const string RangeOrder = "report.validation.range_order";
    public const string ExclusiveChoice = "report.validation.exclusive_choice";
    public const string NotInList = "report.validation.not_in_list";
    public const string TooManyParts = "report.validation.too_many_parts";

    public static IReadOnlyDictionary<string, object?> Limit(int limit) =>
        new Dictionary<string, object?> { ["limit"] = limit };
}
