using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// Asking for a counsellor, help or the legal options in the words of the current question's own choice answers the
/// question ("talk to a real person" at "what would help you now?" is that wish, not a handoff); someone else's words
/// ("she said i should talk to a counselor") stay part of the story; the same request at a question it does not answer,
/// or in the survivor's own words, still runs.
/// </summary>
public sealed class ChoiceWordsOverCommandTests
{
    [Theory]
    [InlineData("en", "talk to a real person", "report.wish.counsellor")]
    [InlineData("ko", "누구랑 얘기 좀 하고 싶어요", "report.wish.counsellor")]
    [InlineData("en", "what are my options", "report.wish.information")]
    [InlineData("ko", "제가 뭘 할 수 있는지 알고 싶어요", "report.wish.information")]
    public async Task A_request_in_the_words_of_a_wish_answers_the_wishes_question(string language, string words, string wish)
    {
        var korean = language == "ko";
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.SkipUntilAsync(korean ? Language.Korean : Language.English, ReportText.AskWishes, most: 10);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, HandoffText.NoneOnline), replies, StringComparison.Ordinal);
        Assert.Contains(Catalog.In(korean, ReportText.SummaryIntro), replies, StringComparison.Ordinal);
        Assert.Contains(Catalog.In(korean, ReportText.FieldWishes) + ": " + Catalog.In(korean, new TextKey(wish)), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "she said i should talk to a counselor", false)]
    [InlineData("en", "my friend told me to talk to a counselor", false)]
    [InlineData("en", "i want to talk to a counselor", true)]
    [InlineData("en", "i said i want to talk to a counselor", true)]
    [InlineData("ko", "친구가 상담사랑 얘기해 보라고 했어요", false)]
    [InlineData("ko", "상담사랑 얘기하고 싶다고요", true)]
    public async Task Someone_elses_advice_in_the_story_stays_in_the_story(string language, string words, bool handoff)
    {
        var korean = language == "ko";
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say(ReportWalk.Skip(korean ? Language.Korean : Language.English));

        var replies = await host.Say(words);

        Assert.Equal(handoff, replies.Contains(Catalog.In(korean, HandoffText.NoneOnline), StringComparison.Ordinal));
        Assert.Equal(!handoff, replies == Catalog.In(korean, ReportText.NarrativeMore));
    }

    [Fact]
    public async Task A_counsellor_asked_for_at_a_question_it_does_not_answer_is_still_offered()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.StartEnglishReportAsync();
        await host.SkipUntilAsync(Language.English, ReportText.AskWho);

        var replies = await host.Say("can i talk to a real person");

        Assert.Contains(Catalog.En(HandoffText.NoneOnline), replies, StringComparison.Ordinal);
    }
}
