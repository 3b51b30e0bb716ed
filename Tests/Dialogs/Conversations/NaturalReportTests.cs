using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Whole reports written the way survivors write (free-form dates, places, relationships and wishes, in Korean and in
/// English) end with a case code, and no question is asked more than twice: what cannot be read twice is kept as written.
/// </summary>
public sealed class NaturalReportTests
{
    [Fact]
    public async Task A_report_in_natural_Korean_ends_with_a_case_code_and_no_question_is_asked_three_times()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var finals = new List<string>();
        async Task<string> Say(string text)
        {
            var replies = await host.SendAsync(text);
            finals.Add(replies[^1]);
            return string.Join("\n", replies);
        }

        await Say("안녕하세요");
        await Say("신고하고 싶어요");

        // Every choice question answered once, in the survivor's own words, and understood by what the words mean.
        var types = await Say("회사 상사가 회식 끝나고 억지로 만졌어요");
        Assert.Contains(texts.Get(ReportText.TypeSexualAssault, Language.Korean), types, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeHarassmentWorkSchool, Language.Korean), types, StringComparison.Ordinal);
        // The answer told what happened: it is the story's start, and the story question asks for more, not for it again.
        Assert.Contains(texts.Get(StoryText.KeptFromAnswer, Language.Korean), types, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.AskNarrative, Language.Korean), types, StringComparison.Ordinal);
        await Say("회식 끝나고 택시 기다리는데 뒤에서 끌어안고 만졌어요.");
        await Say("다 했어요");
        await Say("지난달 중순쯤이요");
        await Say("강남역 근처 술집이요");
        await Say("같은 팀 팀장이에요");
        // An assault with screenshots as evidence: "is it still online?" is not asked.
        await Say("카톡으로 사과한 거 캡처해 뒀어요");
        await Say("친한 친구 한 명한테만 말했어요");
        var summary = await Say("법적으로 어떻게 할 수 있는지 알고 싶어요");

        // The summary shows the survivor's own words for when and the types understood; nothing was kept as written.
        Assert.Contains("지난달 중순쯤이요", summary, StringComparison.Ordinal);
        Assert.Contains("회사 상사가 회식 끝나고 억지로 만졌어요", summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeSexualAssault, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeHarassmentWorkSchool, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.WhoBossColleague, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.EvidenceScreenshots, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.DisclosureClose, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.WishLegal, Language.Korean), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(RecognitionText.AsWrittenMarker, Language.Korean), summary, StringComparison.Ordinal);

        var saved = await Say("저장");
        ReportWalk.CaseCodeIn(saved);
        AssertNoQuestionAskedThreeTimes(finals);
    }

    [Fact]
    public async Task A_report_in_natural_English_ends_with_a_case_code_and_no_question_is_asked_three_times()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var finals = new List<string>();
        async Task<string> Say(string text)
        {
            var replies = await host.SendAsync(text);
            finals.Add(replies[^1]);
            return string.Join("\n", replies);
        }

        await Say("hi");
        await Say("I want to report something that happened");
        var types = await Say("my ex shared private pictures of me and keeps showing up outside my flat");
        Assert.Contains(texts.Get(AnswersText.Understood, Language.English).Split('{')[0], types, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeNonConsensualSharing, Language.English), types, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeStalking, Language.English), types, StringComparison.Ordinal);
        await Say("We broke up in the summer and then he started sending my photos to people.");
        await Say("that's all");
        await Say("around the middle of last month");
        await Say("online, mostly on Instagram and in a group chat");
        await Say("my ex boyfriend");
        await Say("screenshots of his messages");
        await Say("I'm too scared to look");
        await Say("only my sister knows");
        var summary = await Say("I want the pictures taken down");

        Assert.Contains("around the middle of last month", summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeNonConsensualSharing, Language.English), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeStalking, Language.English), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.WhoPartner, Language.English), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.OnlineUnsure, Language.English), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.WishTakedown, Language.English), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(RecognitionText.AsWrittenMarker, Language.English), summary, StringComparison.Ordinal);

        var saved = await Say("save");
        ReportWalk.CaseCodeIn(saved);
        AssertNoQuestionAskedThreeTimes(finals);
    }

    [Fact]
    public async Task Words_that_fit_no_type_are_asked_once_more_then_kept_as_written()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartKoreanReportAsync();

        var first = await host.Say("어디서부터 말해야 할지 모르겠어요");
        Assert.DoesNotContain(texts.Get(AnswersText.Understood, Language.Korean).Split('{')[0], first, StringComparison.Ordinal);
        var second = await host.Say("말하기가 너무 힘들어요");
        Assert.Contains(texts.Get(RecognitionText.AsWritten, Language.Korean), second, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskNarrative, Language.Korean), second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("screenshots and the messages")]
    [InlineData("the messages and screenshots")]
    public async Task Several_kinds_of_evidence_in_words_are_all_kept_when_one_of_them_also_fits_a_label(string answer)
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.Say("hi");
        await host.Say("I want to report something that happened");
        await host.Say("1");
        for (var question = 0; question < 4; question++)
        {
            await host.Say("skip");
        }

        var understood = await host.Say(answer);
        Assert.Contains(texts.Get(AnswersText.Understood, Language.English).Split('{')[0], understood, StringComparison.Ordinal);
        for (var question = 0; question < 2; question++)
        {
            await host.Say("skip");
        }

        var summary = await host.Say("skip");
        Assert.Contains(texts.Get(ReportText.EvidenceScreenshots, Language.English) + ", " + texts.Get(ReportText.EvidenceMessages, Language.English), summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1이랑 3")]
    [InlineData("첫번째랑 세번째요")]
    [InlineData("the first and the third")]
    public async Task Several_types_can_be_picked_by_position_in_words(string answer)
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartKoreanReportAsync();

        var reply = await host.Say(answer);
        Assert.Contains(texts.Get(ReportText.AskNarrative, Language.Korean), reply, StringComparison.Ordinal);
        await host.Say("다 했어요");
        for (var question = 0; question < 6; question++)
        {
            await host.Say("건너뛰기");
        }

        var summary = await host.Say("건너뛰기");
        Assert.Contains(texts.Get(ReportText.TypeIllegalFilming, Language.Korean), summary, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.TypeDeepfake, Language.Korean), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.TypeNonConsensualSharing, Language.Korean), summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_twice_is_kept_as_written_and_the_report_moves_on()
    {
        await using var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartKoreanReportAsync();
        await host.Say("건너뛰기");
        await host.Say("다 했어요");

        var first = await host.Say("그 사람 처음 만난 다음 날");
        Assert.Contains(texts.Get(ReportText.RetryWhen, Language.Korean), first, StringComparison.Ordinal);

        var second = await host.Say("그 사람 처음 만난 다음날이었어요");
        Assert.Contains(texts.Get(RecognitionText.AsWritten, Language.Korean), second, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskPlace, Language.Korean), second, StringComparison.Ordinal);
    }

    private static void AssertNoQuestionAskedThreeTimes(List<string> finals)
    {
        var repeated = finals.GroupBy(f => f).Where(g => g.Count() > 2).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Asked more than twice: " + string.Join(" | ", repeated));
    }
}
