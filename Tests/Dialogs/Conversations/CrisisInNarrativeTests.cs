using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Hopelessness written while telling the story gets the one check-in, and its yes and no are the buttons on screen:
/// the story keeps the words, but no "keep going" note with its "done" button follows the question (Web Chat and the
/// messaging apps show only the last message's buttons).
/// </summary>
public sealed class CrisisInNarrativeTests
{
    [Theory]
    [InlineData("ko", "솔직히 요즘은 그냥 다 놓아버리고 싶어요", "아니요")]
    [InlineData("en", "honestly everyone would be better off without me", "no")]
    public async Task The_check_in_during_the_story_is_the_last_message_with_yes_and_no_and_the_story_goes_on(string language, string words, string no)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartStoryAsync(lang);

        var activity = host.Adapter.MakeActivity(words);
        var replies = await host.SendActivityAsync(activity);

        var last = replies.Last(r => r.Type == ActivityTypes.Message);
        Assert.Equal(texts.Get(RecognitionText.CrisisCheckIn, lang), last.Text);
        Assert.Equal(2, last.SuggestedActions?.Actions?.Count);
        Assert.DoesNotContain(replies, r => r.Text == texts.Get(ReportText.NarrativeMore, lang));

        var after = await host.Say(no);
        Assert.Contains(texts.Get(RecognitionText.CrisisCheckInNo, lang), after, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.NarrativeMore, lang), after, StringComparison.Ordinal);

        // The story is still open and ends on "done"; the report goes on to its next question.
        var next = await host.Say(lang == Language.Korean ? "다 했어요" : "done");
        Assert.Contains(texts.Get(ReportText.AskWhen, lang), next, StringComparison.Ordinal);
    }
}
