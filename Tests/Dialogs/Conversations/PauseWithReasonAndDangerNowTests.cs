using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The classes the eighth blind batches found, in other words than the sets': a pause said together with its reason keeps
/// the report; the abuser back or here now is danger now, and said with a pause or with having to leave it gets the
/// emergency numbers first and then the report kept; someone else's arrival, a past visit, a future answer and someone
/// else's words stay answers. Wanting one's own words gone is erasure; wanting a picture or a person gone is not.
/// </summary>
public sealed class PauseWithReasonAndDangerNowTests
{
    [Theory]
    [InlineData("ko", "when", "버스에서 내려야 돼서 이따 할게요")]
    [InlineData("ko", "place", "팀장님이 불러서 나중에 마저 쓸게요")]
    [InlineData("ko", "who", "배터리 없어요ㅠ 내일 다시 올게요")]
    [InlineData("en", "when", "class is starting, ill finish tomorrow")]
    [InlineData("en", "evidence", "my battery is at 2%, can we continue later")]
    [InlineData("en", "online", "someone is at the door, ill be back in a bit")]
    public async Task A_pause_said_with_its_reason_keeps_the_report(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.FirstLine(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, ExitText.DraftDropped), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "narrative", "그 사람 또 왔어요 가봐야 돼요")]
    [InlineData("ko", "when", "지금 걔 와있어요 이따 할게요")]
    [InlineData("en", "who", "he just showed up, gtg")]
    [InlineData("en", "place", "hes back, ill finish later")]
    public async Task The_abuser_back_now_with_a_pause_gets_the_numbers_first_then_the_report_kept(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        var numbers = replies.IndexOf(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), StringComparison.Ordinal);
        var kept = replies.IndexOf(ReportTestHost.FirstLine(host, language, PauseText.Kept), StringComparison.Ordinal);
        Assert.True(numbers >= 0 && kept > numbers, replies);
    }

    [Theory]
    [InlineData("ko", "그 새끼 또 왔어요")]
    [InlineData("ko", "걔 지금 우리 집에 왔어요 어떡해")]
    [InlineData("en", "hes back again")]
    [InlineData("en", "he is here now")]
    public async Task The_abuser_back_or_here_now_is_danger_now(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(language == "ko" ? "안녕하세요" : "hello");

        Assert.Contains(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), await host.Say(words), StringComparison.Ordinal);
    }

    /// <summary>A pause's time is no plan only when nothing of distress came before or comes with it.</summary>
    [Theory]
    [InlineData("ko", "살 이유가 없어요 이따 할게요")]
    [InlineData("en", "there is no hope, doing it tonight after work")]
    public async Task Distress_with_a_time_in_the_same_message_is_still_a_plan(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(language == "ko" ? "안녕하세요" : "hello");

        Assert.Contains(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), await host.Say(words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "사는게 지옥이에요", "이따 할게요")]
    [InlineData("en", "i cant take it anymore", "ill do it later")]
    public async Task A_time_after_distress_is_still_a_plan(string language, string distress, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(language == "ko" ? "안녕하세요" : "hello");
        await host.Say(distress);

        Assert.Contains(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), await host.Say(words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "narrative", "그날 밤에 그 사람이 술 마시고 집에 왔어요")]
    [InlineData("ko", "narrative", "그 사람이 이따 다시 온다고 했어요")]
    [InlineData("ko", "wishes", "나중에 신고할게요")]
    [InlineData("ko", "when", "아빠가 왔어요 지금은 괜찮아요")]
    [InlineData("en", "narrative", "he said hed finish it later")]
    [InlineData("en", "when", "when he was back from his trip")]
    [InlineData("en", "narrative", "my roommate is back now so i feel safer")]
    public async Task A_past_visit_a_safe_person_a_future_answer_and_someone_elses_words_stay_answers(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, PauseText.Check), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "when", "honestly i want this all gone")]
    [InlineData("en", "narrative", "i want everything i said gone")]
    public async Task Wanting_ones_own_words_gone_asks_to_confirm_erasure(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        Assert.Contains(ReportTestHost.FirstLine(host, language, EraseText.Confirm).Split('{')[0], await host.Say(words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "wishes", "i want those videos gone")]
    [InlineData("en", "wishes", "i want him gone from my school")]
    [InlineData("en", "online", "the account is gone now")]
    public async Task Wanting_a_picture_or_a_person_gone_is_an_answer(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, EraseText.Confirm).Split('{')[0], await host.Say(words), StringComparison.Ordinal);
    }
}
