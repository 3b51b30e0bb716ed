using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// Someone else in danger now gets the numbers for them. Before, "친구가 약을 먹었대요 지금", "동생이 자해했어요" and "my
/// friend says she wants to kill herself" got "I didn't get that", and "my friend just took a bunch of pills" was told
/// "if you have taken pills". The writer in danger as well is still answered for their own crisis.
/// </summary>
public sealed class OtherInDangerTests
{
    [Theory]
    [InlineData("안녕하세요", "친구가 약을 먹었대요 지금")]
    [InlineData("안녕하세요", "친구가 죽고 싶다고 해요 어떻게 해요")]
    [InlineData("안녕하세요", "동생이 자해했어요")]
    [InlineData("안녕하세요", "친구가 옥상에 있대요 뛰어내린다고")]
    [InlineData("hello", "my friend says she wants to kill herself")]
    [InlineData("hello", "my friend just took a bunch of pills")]
    [InlineData("hello", "my sister is cutting herself again")]
    public async Task Someone_else_in_danger_gets_the_numbers_for_them(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, CrisisText.OtherPerson), replies);
        Assert.Contains("119", replies);
        Assert.Contains("109", replies);
        Assert.DoesNotContain(Catalog.In(korean, CrisisText.EmergencyAmbulance), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "저도 친구처럼 죽고 싶어요")]
    [InlineData("hello", "he said he'd post it and i thought about suicide")]
    public async Task The_writer_in_danger_too_is_answered_for_their_own_crisis(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, CrisisText.OtherPerson), replies);
        Assert.Contains("109", replies);
    }

    [Fact]
    public async Task In_the_story_danger_now_gets_the_numbers_and_the_words_are_kept()
    {
        await using var host = new DialogTestHost();
        await host.StartEnglishReportAsync();
        await host.Say("4");

        var replies = await host.Say("my friend just took a bunch of pills and she is not answering");

        Assert.Contains(Catalog.En(CrisisText.OtherPerson), replies);
        var summary = await host.SkipUntilAsync(ReportBot.Resources.Language.English, ReportText.SummaryIntro, most: 10);
        Assert.Contains("my friend just took a bunch of pills", summary);
    }

    [Theory]
    [InlineData("en", "after it happened my friend took a bunch of pills, she is ok now")]
    [InlineData("en", "he said he'd kill himself if i ever left him")]
    [InlineData("ko", "친구가 자해를 해서 걱정돼요")]
    public async Task In_the_story_the_past_or_a_threat_is_the_story(string language, string words)
    {
        await using var host = new DialogTestHost();
        var korean = language == "ko";
        await (korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        await host.Say("4");

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, CrisisText.OtherPerson), replies);
    }
}
