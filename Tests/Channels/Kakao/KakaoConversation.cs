using System.Text.Json.Nodes;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>
/// One survivor talking over the skill endpoint the way a person in KakaoTalk would: what does not fit in one
/// answer (behind the "more" quick reply, or still being prepared when the reply budget ran out) is read by
/// tapping "more", as they would, before the next message. Every answer is checked by <see cref="KakaoAnswer.Parse"/>.
/// </summary>
public sealed class KakaoConversation(KakaoSkillClient client, ITextCatalog texts)
{
    // A turn slowed by a busy machine answers "still working" first; a person taps "more" a moment later.
    private static readonly TimeSpan MoreDelay = TimeSpan.FromMilliseconds(500);
    private const int MaxMoreTaps = 20;

    /// <summary>Every answer received, in order, for checks over the whole conversation.</summary>
    public List<KakaoAnswer> Answers { get; } = [];

    /// <summary>The quick replies of the last answer read.</summary>
    public IReadOnlyList<KakaoQuickReplyView> QuickReplies { get; private set; } = [];

    /// <summary>Sends a message and returns all text the survivor reads before answering, joined.</summary>
    public async Task<string> SayAsync(string utterance, JsonObject? extra = null)
    {
        var answer = await client.SayAsync(utterance, extra);
        return await ReadAllAsync(answer);
    }

    /// <summary>Taps the quick reply whose message text is <paramref name="messageText"/> (it must be offered).</summary>
    public async Task<string> TapAsync(string messageText)
    {
        var quickReply = QuickReplies.FirstOrDefault(q => q.MessageText == messageText);
        Assert.True(quickReply is not null, $"No quick reply '{messageText}' among: {string.Join(" | ", QuickReplies.Select(q => q.MessageText))}");
        return await ReadAllAsync(await client.TapAsync(quickReply));
    }

    private async Task<string> ReadAllAsync(KakaoAnswer answer)
    {
        var read = new List<string>();
        for (var taps = 0; ; taps++)
        {
            Answers.Add(answer);
            read.AddRange(answer.Texts.Where(t => !IsWaitingNotice(t)));
            QuickReplies = answer.QuickReplies;
            var more = answer.QuickReplies.SingleOrDefault(q => q.Extra?[KakaoSkillResponse.ExtraKey]?.GetValue<string>() == KakaoReplyComposer.MoreCommand);
            if (more is null)
            {
                return string.Join("\n---\n", read);
            }

            Assert.True(taps < MaxMoreTaps, "'More' kept coming back");
            if (answer.Texts.Any(IsWaitingNotice))
            {
                await Task.Delay(MoreDelay);
            }

            answer = await client.TapAsync(more);
        }
    }

    private bool IsWaitingNotice(string text) =>
        text == texts.Get(KakaoText.Waiting, Language.Korean)
        || text.StartsWith(texts.Get(KakaoText.StillWorking, Language.Korean)[..20], StringComparison.Ordinal);
}
