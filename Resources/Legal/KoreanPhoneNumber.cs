using System.Text.RegularExpressions;

namespace ReportBot.Resources.Legal;

/// <summary>Checks that a phone number in the content is a number someone in Korea can dial, written as dialled.</summary>
public static partial class KoreanPhoneNumber
{
    /// <summary>
    /// Short service numbers (112, 132, 1366), nationwide 8-digit numbers (15xx-xxxx to 19xx-xxxx), Seoul (02) and
    /// regional (031 to 065) numbers, internet phones (070) and mobiles (010), with hyphens.
    /// </summary>
    public static bool IsValid(string? number) => number is not null && Pattern().IsMatch(number);

    [GeneratedRegex(@"^(1\d{2,3}|1[5-9]\d{2}-\d{4}|02-\d{3,4}-\d{4}|0[3-6][1-5]-\d{3,4}-\d{4}|070-\d{4}-\d{4}|010-\d{4}-\d{4})$")]
    private static partial Regex Pattern();
}
