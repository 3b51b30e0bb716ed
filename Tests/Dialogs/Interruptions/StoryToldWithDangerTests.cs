using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// Found by reading whole conversations, both languages. A story told with danger in it ("my ex keeps following me and
/// showing up at my work") as a first message or at the menu got the emergency numbers and then the welcome and menu,
/// as if nothing had been told: now the numbers come first and the words start the report, as they already did at the
/// question of what happened. A stalker who keeps coming ("전남친이 자꾸 회사 앞에 찾아와요") was read as someone walking in
/// and paused the report. "right now" and "the right thing" opened the legal options ("rights").
/// </summary>
public sealed class StoryToldWithDangerTests
{
    [Theory]
    [InlineData(null, "my ex keeps following me and showing up at my work", false)]
    [InlineData("hello", "my ex keeps following me and showing up at my work", false)]
    [InlineData("안녕하세요", "전 남친이 계속 따라다니고 지금도 집 앞에 와 있어요", true)]
    public async Task A_story_with_danger_now_gets_the_numbers_first_and_starts_the_report_with_its_words(string? first, string words, bool korean)
    {
        await using var host = new DialogTestHost();
        if (first is not null)
        {
            await host.Say(first);
        }

        var replies = await host.Say(words);

        var numbers = replies.IndexOf(Catalog.In(korean, CrisisText.Emergency), StringComparison.Ordinal);
        var kept = replies.IndexOf(Catalog.In(korean, StoryText.Intro), StringComparison.Ordinal);
        Assert.True(numbers >= 0 && kept > numbers, replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("hello", "i want to die")]
    [InlineData("안녕하세요", "죽고 싶어요")]
    public async Task Danger_with_no_story_still_gets_the_numbers_and_the_menu(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.Contains("109", replies);
        Assert.DoesNotContain(Catalog.In(korean, StoryText.Intro), replies);
    }

    [Theory]
    [InlineData("신고할래요", "전남친이 자꾸 회사 앞에 찾아와요", true)]
    [InlineData("신고할래요", "그 사람이 맨날 집 앞에 와요", true)]
    [InlineData("report", "he keeps showing up at my work every day", false)]
    public async Task Someone_who_keeps_coming_is_the_story_not_a_pause(string start, string words, bool korean)
    {
        await using var host = new DialogTestHost();
        await host.Say(start);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, PauseText.Kept), replies);
        Assert.Contains(Catalog.In(korean, AnswersText.Understood, ("choices", korean ? "스토킹" : "Stalking")), replies);
    }

    [Theory]
    [InlineData("신고할래요", "엄마 와요", true)]
    [InlineData("report", "my mom just walked in", false)]
    public async Task Someone_walking_in_now_is_still_a_pause(string start, string words, bool korean)
    {
        await using var host = new DialogTestHost();
        await host.Say(start);

        Assert.Contains(Catalog.In(korean, PauseText.Kept), await host.Say(words));
    }

    [Theory]
    [InlineData("i dont know if i did the right thing", false)]
    [InlineData("right", false)]
    [InlineData("what are my rights", true)]
    [InlineData("legal rights", true)]
    public async Task Right_is_not_rights_but_rights_are_the_legal_options(string words, bool legal)
    {
        await using var host = new DialogTestHost();
        await host.Say("hello");

        var replies = await host.Say(words);

        Assert.Equal(legal, replies.Contains(Catalog.In(false, LegalText.BrowsePrompt), StringComparison.Ordinal));
    }
}
