using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>The handoff seam: messages sent outside a skill turn wait and reach the survivor with their next message.</summary>
[Slow]
public sealed class KakaoProactiveTests
{
    [Fact]
    public async Task Proactive_message_reaches_the_survivor_before_the_bots_reply_on_their_next_message()
    {
        var recorder = new ReferenceRecorder();
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(recorder));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);
        await kakao.SayAsync("안녕하세요");
        var reference = recorder.References.Last();

        await ContinueAsync(bot, reference, "상담사예요. 메시지 잘 읽었어요. 천천히 이야기해 주세요.");
        var next = await kakao.SayAsync("1");

        Assert.Equal("상담사예요. 메시지 잘 읽었어요. 천천히 이야기해 주세요.", next.Texts[0]);
        Assert.DoesNotContain(texts.Get(KakaoText.NothingMore, Language.Korean), next.AllText, StringComparison.Ordinal);
        Assert.True(next.Texts.Count >= 2, "The bot's own reply should follow the counsellor's message");

        var after = await kakao.SayAsync("2");
        Assert.DoesNotContain("상담사예요", after.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kakao_turns_run_the_shared_middleware_with_pseudonymous_ids_only()
    {
        var recorder = new ReferenceRecorder();
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(recorder));
        var kakao = new KakaoSkillClient(bot, userId: "raw-kakao-user-key-55");

        await kakao.SayAsync("안녕하세요", clientExtra: new JsonObject { ["topic"] = "legal" });
        var activity = recorder.Activities.Single();

        Assert.Equal("kakao", activity.ChannelId);
        Assert.Equal("안녕하세요", activity.Text);
        Assert.StartsWith("kakao-c-", activity.Conversation.Id, StringComparison.Ordinal);
        // The Kakao key is already an HMAC pseudonym (kakao-u-...) and the shared middleware hashes it once more.
        Assert.Matches("^(kakao-u-|u_)[0-9a-zA-Z_-]+$", activity.From.Id);
        var serialized = Newtonsoft.Json.JsonConvert.SerializeObject(activity);
        Assert.DoesNotContain("raw-kakao-user-key-55", serialized, StringComparison.Ordinal);
        Assert.Equal("legal", ((Newtonsoft.Json.Linq.JObject)activity.Value)["topic"]!.ToString());
    }

    [Fact]
    public async Task Long_proactive_message_is_split_without_losing_a_word_and_continues_with_more()
    {
        var recorder = new ReferenceRecorder();
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(recorder));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);
        await kakao.SayAsync("안녕하세요");
        var paragraph = "힘든 이야기를 들려주셔서 고마워요 🙏 필요하면 언제든 여성긴급전화 1366이나 02-1234-5678로 연락해도 괜찮아요. ";
        var letter = string.Concat(Enumerable.Repeat(paragraph, 60)).Trim();
        Assert.True(letter.Length > 3 * KakaoAnswer.MaxTextChars);

        await ContinueAsync(bot, recorder.References.Last(), letter);
        var first = await kakao.SayAsync("네");
        var more = Assert.Single(first.QuickReplies);
        Assert.Equal(texts.Get(KakaoText.More, Language.Korean), more.MessageText);
        var received = first.Texts.ToList();
        var answer = first;
        for (var i = 0; i < 10 && answer.QuickReplies.Any(q => q.Extra is not null); i++)
        {
            answer = await kakao.TapAsync(answer.QuickReplies.Single(q => q.Extra is not null));
            received.AddRange(answer.Texts);
        }

        var joined = string.Join(" ", received);
        Assert.StartsWith(Normalize(letter), Normalize(joined), StringComparison.Ordinal);
        Assert.Equal(60, CountOf(joined, "02-1234-5678"));
        Assert.Equal(60, CountOf(joined, "🙏"));
    }

    [Fact]
    public async Task More_with_nothing_waiting_says_so_kindly()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        var answer = await kakao.SayAsync("더 보기", new JsonObject { [KakaoSkillResponse.ExtraKey] = KakaoReplyComposer.MoreCommand });

        Assert.Equal([texts.Get(KakaoText.NothingMore, Language.Korean)], answer.Texts);
    }

    [Fact]
    public async Task A_full_queue_refuses_a_proactive_message_instead_of_dropping_it()
    {
        var recorder = new ReferenceRecorder();
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?> { ["Kakao:PendingPerConversation"] = "2" },
            s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(recorder));
        var kakao = new KakaoSkillClient(bot);
        await kakao.SayAsync("안녕하세요");
        var reference = recorder.References.Last();

        await ContinueAsync(bot, reference, "하나");
        await ContinueAsync(bot, reference, "둘");
        await Assert.ThrowsAsync<KakaoOutboxFullException>(() => ContinueAsync(bot, reference, "셋"));
        var next = await kakao.SayAsync("1");

        // Four pieces for three outputs: the two waiting messages share a bubble, the bot's replies keep theirs.
        Assert.Equal("하나\n\n둘", next.Texts[0]);
        Assert.DoesNotContain("셋", next.AllText, StringComparison.Ordinal);
    }

    private static Task ContinueAsync(RunningBot bot, ConversationReference reference, string text) =>
        bot.Services.GetRequiredService<KakaoAdapter>().ContinueConversationAsync(
            string.Empty,
            reference,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct),
            CancellationToken.None);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
