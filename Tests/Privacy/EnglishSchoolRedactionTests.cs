using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// An English school named without the word "school" ("saebom elementary", "sehwa girls high": pii.blind10 and pii.blind11
/// first runs) kept its name; in a line that names a class, the name before "elementary" or "girls high" is gone now, and
/// ordinary words before those words stay. (Without a class in the line, "he teaches at hanbit elementary" still keeps it: left.)
/// </summary>
public sealed class EnglishSchoolRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("she's in 3rd grade class 2 at saebom elementary", "saebom")]
    [InlineData("we were both in class 5 at sehwa girls high", "sehwa")]
    public void The_school_name_is_gone(string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("it started in elementary")]
    [InlineData("back in middle school it was worse")]
    [InlineData("i was so high that night")]
    [InlineData("my grades were high in elementary")]
    public void Ordinary_words_stay(string text) => Assert.Equal(text, Redactor.Redact(text, Language.English));
}
