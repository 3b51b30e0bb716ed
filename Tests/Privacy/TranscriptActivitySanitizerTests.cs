using Microsoft.Bot.Schema;
using ReportBot.Bot.Privacy;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The transcript copy of a line: lines the sanitizer has already seen clean are remembered (by hash), so what it
/// must never let through has to be caught however often a similar line came before.
/// </summary>
public sealed class TranscriptActivitySanitizerTests
{
    private static readonly TextCatalog Texts = new();

    private const string Prompt = "Thank you for telling me. When did this happen? You can answer in your own words.";

    [Fact]
    public void A_line_seen_clean_many_times_is_kept_as_written_and_one_with_a_code_or_a_phone_never_is()
    {
        var sanitizer = new TranscriptActivitySanitizer(new Redactor(Texts), Texts);
        var code = CaseCode.Format(CaseCode.Generate());
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(Prompt, TextOf(sanitizer, Prompt, redact: true));
            Assert.Contains(Prompt, TextOf(sanitizer, Prompt, redact: false));

            var withCode = TextOf(sanitizer, $"{Prompt} Your case code is {code}.", redact: i % 2 == 0);
            Assert.DoesNotContain(code, withCode);
            Assert.Contains(Texts.Get(RedactionText.CaseCode, Language.English), withCode);

            var withPhone = TextOf(sanitizer, $"{Prompt} Call me on 010-2345-6789 after six.", redact: true);
            Assert.DoesNotContain("2345", withPhone);

            // Shared with a counsellor by choice: the number stays, a code still does not.
            Assert.Contains("010-2345-6789", TextOf(sanitizer, $"{Prompt} Call me on 010-2345-6789, code {code}.", redact: false));
            Assert.DoesNotContain(code, TextOf(sanitizer, $"{Prompt} Call me on 010-2345-6789, code {code}.", redact: false));
        }
    }

    private static string TextOf(TranscriptActivitySanitizer sanitizer, string text, bool redact) =>
        Newtonsoft.Json.Linq.JObject.Parse(sanitizer.ToTranscriptJson(MessageFactory(text), "case", Language.English, redact, fromSurvivor: true))["text"]!.ToString();

    private static Activity MessageFactory(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("user", role: RoleTypes.User),
    };
}
