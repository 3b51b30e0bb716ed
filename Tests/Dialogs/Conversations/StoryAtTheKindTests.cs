using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "What happened to you?" answered with what happened in words that name no kind on the list: "he grabbed me at a party and
/// wouldnt let go" got "Sorry, I didn't quite get that" and the words were lost. They are now kept as the start of the
/// story and the list is asked again, with a word that it is fine not to have a name for it. And the end of the story said
/// as people say it ("그게 다예요", "no that's it", "i think that's all for now") was kept as more of the story, and the
/// survivor asked for more again.
/// </summary>
public sealed class StoryAtTheKindTests
{
    [Theory]
    [InlineData("en", "he grabbed me at a party and wouldnt let go", "thats everything")]
    [InlineData("en", "something happened at a party and i dont know what to call it", "no, that's it")]
    [InlineData("ko", "파티에서 그 사람이 저를 붙잡고 안 놔줬어요", "네 그게 다예요")]
    [InlineData("ko", "무슨 일인지 잘 모르겠는데 회식 끝나고 이상한 일이 있었어요", "그게 전부예요")]
    public async Task What_happened_told_at_the_kind_question_is_kept_and_the_list_is_asked_again_kindly(string code, string story, string done)
    {
        var host = ReportWalk.HostIn(code);
        await using var _ = host;
        var language = ReportWalk.Lang(code);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.AtTheKindQuestionAsync(code);

        var replies = await host.Say(story);
        Assert.DoesNotContain(texts.Get(CommonText.RetryChoice, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(StoryText.KeptFromAnswer, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(StoryText.KindAfterStory, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskTypes, language), replies, StringComparison.Ordinal);

        // The story question then asks only for more, and the survivor's way of saying that was all ends it.
        Assert.Contains(texts.Get(StoryText.AddMore, language), await host.Say("4"), StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskWhen, language), await host.Say(done), StringComparison.Ordinal);

        var summary = await host.SkipUntilAsync(language, ReportText.SummaryAsk);
        Assert.Contains(story, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(done, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "what do these mean")]
    [InlineData("en", "hmm")]
    [InlineData("ko", "음 글쎄요")]
    public async Task A_short_message_that_is_no_answer_still_gets_the_list_again_and_nothing_is_kept(string code, string text)
    {
        var host = ReportWalk.HostIn(code);
        await using var _ = host;
        var language = ReportWalk.Lang(code);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.AtTheKindQuestionAsync(code);

        var replies = await host.Say(text);
        Assert.DoesNotContain(texts.Get(StoryText.KeptFromAnswer, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskTypes, language), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("그게 다예요")]
    [InlineData("네 그게 다예요")]
    [InlineData("그게 다에요 ㅠㅠ")]
    [InlineData("이게 전부예요")]
    [InlineData("여기까지요")]
    [InlineData("이상입니다")]
    [InlineData("더 할 말 없어요")]
    [InlineData("일단 여기까지 할게요")]
    [InlineData("다 말한 것 같아요")]
    [InlineData("that's everything")]
    [InlineData("no that's it")]
    [InlineData("no, that's it")]
    [InlineData("i think that's all for now")]
    [InlineData("yeah that's about it")]
    [InlineData("that's pretty much it")]
    [InlineData("nothing else")]
    [InlineData("i don't want to say more")]
    [InlineData("ok done")]
    [InlineData("honestly that's all i remember")]
    public void The_end_of_the_story_said_as_people_say_it_ends_it(string text) =>
        Assert.True(NarrativeDialog.SaysDone(text, new PhraseCatalog()));

    [Theory]
    [InlineData("that's all he said to me")]
    [InlineData("그게 다예요 라고 했어요")]
    [InlineData("no he didn't stop")]
    [InlineData("i think he did it again")]
    [InlineData("and then he left")]
    [InlineData("그냥 무서웠어요")]
    [InlineData("done with him")]
    [InlineData("it's done now, the video is everywhere")]
    public void Story_lines_that_only_share_its_words_do_not_end_it(string text) =>
        Assert.False(NarrativeDialog.SaysDone(text, new PhraseCatalog()));
}
