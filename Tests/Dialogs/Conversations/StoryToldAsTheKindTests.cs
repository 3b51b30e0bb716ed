using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Asked what kind of incident it was, many survivors answer by telling what happened ("전남친이 몰래 찍은 영상을
/// 뿌리겠다고 협박해요"). The words are read for the kinds as before, and also kept as the start of the story, as at the
/// menu: the survivor is not asked to tell it again, and what it says is offered for the later questions. Before, the
/// report read the kinds and then asked "tell me what happened in your own words" as if nothing had been said.
/// </summary>
public sealed class StoryToldAsTheKindTests
{
    [Theory]
    [InlineData("신고하고 싶어요", "전남친이 몰래 찍은 영상을 뿌리겠다고 협박해요 ㅠㅠ", "report.type.non_consensual_sharing", "report.who.partner")]
    [InlineData("신고하고싶어요", "회사 상사가 회식때마다 자꾸 몸을 만져요", "report.type.harassment_work_school", "report.who.boss_colleague")]
    [InlineData("i want to report", "my ex is threatening to post a video he took of me", "report.type.non_consensual_sharing", "report.who.partner")]
    [InlineData("report", "my boss keeps touching me at work", "report.type.harassment_work_school", "report.who.boss_colleague")]
    public async Task A_story_given_as_the_kind_is_kept_as_the_start_of_the_story_and_offered_later(string start, string story, string type, string who)
    {
        await using var host = new DialogTestHost();
        var korean = start.Any(c => c >= '\uAC00');
        await host.Say(korean ? "안녕하세요" : "hello");
        Assert.Contains(Catalog.In(korean, ReportText.AskTypes), await host.Say(start));

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, new TextKey(type)), replies);
        Assert.Contains(Catalog.In(korean, StoryText.KeptFromAnswer), replies);
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskNarrative), replies);

        // What the story says about the person is offered at the "who" question, and the words are in the summary.
        var language = korean ? Language.Korean : Language.English;
        var offer = await host.OfferAtAsync(language, await host.Say(korean ? "다 했어요" : "done"), ReportText.FieldWho, ReportText.AskWho, most: 8);
        Assert.Equal(Catalog.In(korean, new TextKey(who)), offer);
        var summary = await host.SkipToSummaryAsync(language);
        Assert.Contains(story[..15], summary);
    }

    [Theory]
    [InlineData("신고하고 싶어요", "전남친이 지금 집앞에 와있어요 영상 뿌린다고 협박해요", "report.type.stalking")]
    [InlineData("i want to report", "a guy from my gym has been following me home and sent me pics", "report.type.stalking")]
    public async Task A_story_with_danger_in_it_gets_the_numbers_first_and_is_still_kept(string start, string story, string type)
    {
        await using var host = new DialogTestHost();
        var korean = start.Any(c => c >= '\uAC00');
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(start);

        var replies = await host.Say(story);

        // Safety first, then the words are not swallowed: the kinds read, the story's start kept, more asked for.
        var numbers = replies.IndexOf(Catalog.In(korean, CrisisText.Emergency), StringComparison.Ordinal);
        var kept = replies.IndexOf(Catalog.In(korean, StoryText.KeptFromAnswer), StringComparison.Ordinal);
        Assert.True(numbers >= 0, "no emergency numbers");
        Assert.True(kept > numbers, "the words were not kept after the numbers");
        Assert.Contains(Catalog.In(korean, new TextKey(type)), replies);
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskTypes), replies);
    }

    [Theory]
    [InlineData("신고하고 싶어요", "그냥 죽고 싶어요")]
    [InlineData("i want to report", "i want to kill myself")]
    public async Task Crisis_words_that_tell_no_kind_get_the_numbers_and_the_question_again(string start, string words)
    {
        await using var host = new DialogTestHost();
        var korean = start.Any(c => c >= '\uAC00');
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(start);

        var replies = await host.Say(words);

        Assert.Contains(Catalog.In(korean, ReportText.AskTypes), replies);
        Assert.DoesNotContain(Catalog.In(korean, StoryText.KeptFromAnswer), replies);
        Assert.Contains("109", replies);
    }

    [Theory]
    [InlineData("신고하고 싶어요", "1, 2")]
    [InlineData("신고하고 싶어요", "불법촬영이랑 유포협박이요")]
    [InlineData("i want to report", "deepfake")]
    [InlineData("i want to report", "illegal filming and sharing")]
    public async Task Kinds_named_without_a_story_still_ask_for_the_story(string start, string kinds)
    {
        await using var host = new DialogTestHost();
        var korean = start.Any(c => c >= '\uAC00');
        await host.Say(korean ? "안녕하세요" : "hello");
        await host.Say(start);

        var replies = await host.Say(kinds);

        Assert.Contains(Catalog.In(korean, ReportText.AskNarrative), replies);
        Assert.DoesNotContain(Catalog.In(korean, StoryText.KeptFromAnswer), replies);
    }
}
