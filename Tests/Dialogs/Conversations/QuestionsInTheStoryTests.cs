using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A question asked while telling what happened is answered, and its words stay part of the story. In a Kakao walk
/// "근데 이거 고소하면 저도 명예훼손으로 역고소 당할 수 있나요?", sent after the story's first message, got only "got it,
/// send more": the question the backlash makes survivors ask first went unanswered.
/// </summary>
public sealed class QuestionsInTheStoryTests
{
    [Theory]
    [InlineData("ko", "학교 선배가 술자리에서 몰래 사진 찍어서 단톡방에 올렸대요", "근데 이거 고소하면 저도 명예훼손으로 역고소 당할 수 있나요?", "story.legal_later")]
    [InlineData("ko", "전남친이 헤어지고 나서 제 영상을 퍼뜨리겠다고 협박해요", "이거 공소시효 있나요", "story.legal_later")]
    [InlineData("ko", "회사 팀장이 회식 때 계속 몸을 만졌어요", "경찰한테 자동으로 넘어가는 건 아니죠?", "report.question_back.police")]
    [InlineData("ko", "과외 선생님이 제 사진을 합성해서 돌렸어요", "이것도 처벌 되나요?", "story.reportable")]
    [InlineData("en", "i posted about what my manager did and now people are finding my address online", "can he sue me for defamation?", "story.legal_later")]
    [InlineData("en", "i posted about what my manager did and now people are finding my address online", "i want them taken down and to know if he can sue me", "story.legal_later")]
    [InlineData("en", "my ex keeps threatening to share a video of me", "is this even illegal", "story.reportable")]
    [InlineData("en", "a guy at my gym has been following me home", "this doesnt go to the police automatically right?", "report.question_back.police")]
    [InlineData("en", "so my ex made a deepfake of me and sent it to my coworkers", "idk if i should even be doing this", "story.doubt")]
    [InlineData("ko", "회사 팀장이 회식 때 계속 몸을 만졌어요", "근데 제가 예민한 건가 싶기도 해요", "story.doubt")]
    public async Task A_question_asked_while_telling_it_is_answered_and_kept(string code, string opening, string question, string answerKey)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        Assert.Contains(texts.Get(StoryText.Intro, language), await host.SayAtMenuAsync(language, opening), StringComparison.Ordinal);

        var replies = await host.Say(question);

        Assert.Contains(texts.Get(new TextKey(answerKey), language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.NarrativeMore, language), replies, StringComparison.Ordinal);

        // The question is part of the story: two messages at the summary.
        await host.Say(code == "ko" ? "다 했어요" : "done");
        var summary = await host.SkipUntilAsync(language, ReportText.SummaryAsk, most: 10);
        var narrative = summary.Split('\n').Single(l => l.Contains(texts.Get(ReportText.FieldNarrative, language) + ":", StringComparison.Ordinal));
        Assert.Contains(code == "ko" ? "메시지 2개" : "2 message", narrative, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "회사 팀장이 회식 때 계속 몸을 만졌어요", "그 사람이 저를 명예훼손으로 고소하겠다고 했어요")]
    [InlineData("en", "i posted about what my manager did and now people are finding my address online", "he threatened to sue me for defamation")]
    [InlineData("en", "my ex keeps threatening to share a video of me", "it started in march after we broke up")]
    [InlineData("en", "my uncle touched me when i was a kid", "my aunt told me i was overreacting")]
    [InlineData("ko", "전남친이 영상 뿌린다고 협박해요", "엄마가 알면 상처받을까봐 아직 말 못하겠어요")]
    public async Task The_story_told_is_not_taken_for_a_question(string code, string opening, string more)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.SayAtMenuAsync(language, opening);

        var replies = await host.Say(more);

        Assert.DoesNotContain(texts.Get(StoryText.LegalLater, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(StoryText.Reportable, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.NarrativeMore, language), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "과외 선생님이 제 사진을 합성해서 돌렸어요", "이 다음은 어떻게 말해야 할지 모르겠어요")]
    public async Task Not_knowing_how_to_say_the_next_part_gets_time_not_the_help_text(string code, string opening, string hesitation)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.SayAtMenuAsync(language, opening);

        var replies = await host.Say(hesitation);

        Assert.Contains(texts.Get(DisclosureText.Hesitant, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(HelpText.Text, language), replies, StringComparison.Ordinal);

        // The story goes on: the next message is kept, "done" moves to the next question.
        Assert.Contains(texts.Get(ReportText.NarrativeMore, language), await host.Say(code == "ko" ? "그리고 그 뒤로 계속 연락이 와요" : "and he keeps texting me since"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "과외 선생님이 제 사진을 합성해서 돌렸어요", "이거 어떻게 쓰는 거예요?")]
    [InlineData("en", "my ex keeps threatening to share a video of me", "how does this work?")]
    public async Task Asking_how_the_bot_works_in_the_middle_of_the_story_still_gets_the_help_text(string code, string opening, string question)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.SayAtMenuAsync(language, opening);

        Assert.Contains(texts.Get(HelpText.Text, language), await host.Say(question), StringComparison.Ordinal);
    }
}
