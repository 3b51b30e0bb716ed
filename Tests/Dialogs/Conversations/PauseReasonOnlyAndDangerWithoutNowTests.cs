using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The classes the ninth blind batches found, in other words than the sets': a pause said with only its reason (someone
/// coming in or near, the phone dying, leaving for a duty) keeps the report, while the same words told as the story's past
/// or with the danger settled stay answers; the person who did it arriving, said without "now", is danger now, while the
/// story's past stays the story; wanting what is happening to stop is no stop and no erasure.
/// </summary>
public sealed class PauseReasonOnlyAndDangerWithoutNowTests
{
    [Theory]
    [InlineData("ko", "evidence", "아빠 들어오심")]
    [InlineData("ko", "place", "룸메 왔어요ㅠㅠ")]
    [InlineData("ko", "who", "잠시만 언니가 보고 있어서")]
    [InlineData("en", "when", "my sister's here")]
    [InlineData("en", "online", "battery at 1%")]
    [InlineData("en", "narrative", "gtg work")]
    public async Task A_pause_said_with_only_its_reason_keeps_the_report(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.Contains(ReportTestHost.FirstLine(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, ExitText.DraftDropped), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "narrative", "그때 아빠가 들어왔어요")]
    [InlineData("ko", "who", "친구가 옆에 있었어요")]
    [InlineData("ko", "when", "엄마 왔어요 이제 괜찮아요")]
    [InlineData("en", "narrative", "my sister walked in on us")]
    [InlineData("en", "evidence", "my phone died that night")]
    [InlineData("en", "wishes", "i need to go to the police")]
    [InlineData("en", "place", "at my friend's home")]
    public async Task The_same_words_told_as_the_story_or_settled_stay_answers(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, PauseText.Kept), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, PauseText.Check), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "place", "전남친이 찾아왔어요")]
    [InlineData("ko", "who", "아 걔가 또 왔어요 무서워요")]
    [InlineData("en", "when", "hes downstairs")]
    [InlineData("en", "evidence", "someone is trying to get in")]
    public async Task The_person_who_did_it_arriving_said_without_now_gets_the_numbers(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        Assert.Contains(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), await host.Say(words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "narrative", "작년에 그 사람이 집까지 찾아왔어요")]
    [InlineData("ko", "when", "그 사람이 회사로 찾아왔을 때요")]
    [InlineData("ko", "narrative", "그 사람한테서 문자가 왔어요")]
    [InlineData("en", "narrative", "he was downstairs every morning last year")]
    [InlineData("en", "when", "the night he showed up at my dorm")]
    [InlineData("en", "narrative", "she told me to kill myself")]
    public async Task The_story_past_a_message_arriving_and_someone_elses_words_stay_the_story(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, CrisisText.EmergencyIdeation), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "wishes", "i want everything that's happening to stop")]
    [InlineData("en", "wishes", "i just want the harassment to stop")]
    [InlineData("ko", "wishes", "이런 상황이 그만 끝났으면 좋겠어요")]
    public async Task Wanting_what_is_happening_to_stop_is_no_stop_and_no_erasure(string language, string field, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(words);

        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, EraseText.Confirm).Split('{')[0], replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, RecognitionText.CheckExit), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportTestHost.FirstLine(host, language, ExitText.Goodbye), replies, StringComparison.Ordinal);
    }
}
