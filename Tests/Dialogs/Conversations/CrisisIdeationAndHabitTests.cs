using Microsoft.Bot.Builder;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A wish to die or thoughts of suicide with nothing of danger now get the numbers with 109 (the suicide prevention line)
/// first; the same wish with a method, a time, a place or an act gets the police (or the ambulance) first. Self-harm said
/// as a start or a habit gets the check-in; someone else's self-harm, or a threat of it used to control, gets nothing.
/// Written in other words than the seventh blind batch (evaluation.blind7.*.tsv), which found these classes.
/// </summary>
public sealed class CrisisIdeationAndHabitTests
{
    private static readonly TextCatalog Catalog = new();

    [Theory]
    [InlineData("ko", "요즘 죽고 싶은 생각이 자주 들어요")]
    [InlineData("ko", "솔직히 자살 생각도 했어요")]
    [InlineData("en", "i have been thinking about suicide a lot")]
    [InlineData("en", "honestly i just want to die")]
    public async Task A_wish_to_die_with_no_danger_now_gets_109_first(string language, string words)
    {
        var replies = await SayAsync(language, words);

        Assert.Contains(Text(language, CrisisText.EmergencyIdeation), replies, StringComparison.Ordinal);
        Assert.True(replies.IndexOf("109", StringComparison.Ordinal) < replies.IndexOf("112", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko", "죽고 싶어요 지금 옥상이에요")]
    [InlineData("ko", "죽고싶어 오늘 밤에 할거야")]
    [InlineData("en", "i want to die and i have the pills ready")]
    [InlineData("en", "i want to kill myself tonight")]
    public async Task A_wish_to_die_with_a_method_a_time_or_a_place_gets_the_police_first(string language, string words)
    {
        var replies = await SayAsync(language, words);

        Assert.Contains(Text(language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Text(language, CrisisText.EmergencyIdeation), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "손목에서 피가 안 멈춰요")]
    [InlineData("en", "i think i cut too deep this time")]
    public async Task Bleeding_that_does_not_stop_gets_the_ambulance_first(string language, string words) =>
        Assert.Contains(Text(language, CrisisText.EmergencyAmbulance), await SayAsync(language, words), StringComparison.Ordinal);

    [Theory]
    [InlineData("ko", "요즘 팔 긋는 버릇이 생겼어요")]
    [InlineData("ko", "요새 또 자꾸 손목에 손대게 돼요")]
    [InlineData("ko", "그 뒤로 스스로를 해치게 돼요")]
    [InlineData("en", "ive been cutting since the summer")]
    [InlineData("en", "i bang my head against the wall when i remember")]
    public async Task Self_harm_said_as_a_start_or_a_habit_gets_the_check_in(string language, string words) =>
        Assert.Contains(Text(language, RecognitionText.CrisisCheckIn), await SayAsync(language, words), StringComparison.Ordinal);

    [Theory]
    [InlineData("ko", "제 친구가 자해를 해서 같이 병원에 갔어요")]
    [InlineData("ko", "신고하면 자살하겠다고 협박했어요")]
    [InlineData("ko", "그 사람이 자꾸 제 손목에 손대요")]
    [InlineData("en", "he threatened to kill himself if i told anyone")]
    [InlineData("en", "he started cutting me off from everyone")]
    [InlineData("en", "i burned my arm cooking last week")]
    [InlineData("ko", "요즘 자꾸 긁어요 피부가 가려워서")]
    public async Task Someone_elses_self_harm_or_a_threat_of_it_gets_nothing(string language, string words)
    {
        var replies = await SayAsync(language, words);

        Assert.DoesNotContain(Text(language, CrisisText.Emergency), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Text(language, CrisisText.EmergencyIdeation), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Text(language, RecognitionText.CrisisCheckIn), replies, StringComparison.Ordinal);
    }

    /// <summary>The replies to <paramref name="words"/> said at the menu, with the catalog's texts to compare them with.</summary>
    private static async Task<string> SayAsync(string language, string words)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(language == "ko" ? "안녕하세요" : "hello");
        return await host.Say(words);
    }

    private static string Text(string language, TextKey key) => Catalog.Get(key, ReportWalk.Lang(language));
}
