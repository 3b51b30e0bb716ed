using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Channels.Kakao;

public sealed class KakaoReplyComposerTests
{
    private static readonly TextCatalog Texts = new();
    private static readonly KakaoReplyComposer Composer = new(Options.Create(new KakaoOptions()), Texts, TimeProvider.System);

    [Fact]
    public void Few_short_messages_keep_a_bubble_each_and_the_last_ones_quick_replies()
    {
        var reply = Composer.Compose([], [Message("하나", "예"), Message("둘", "아니요", "모르겠어요")], Language.Korean);

        Assert.Equal(["하나", "둘"], reply.Outputs);
        Assert.Equal(["아니요", "모르겠어요"], reply.QuickReplies.Select(q => q.MessageText));
        Assert.Empty(reply.Leftover);
    }

    [Fact]
    public void Too_many_quick_replies_are_capped_and_long_labels_shortened_but_sent_in_full()
    {
        var options = Enumerable.Range(1, 14).Select(i => $"Option number {i} with a long label").ToArray();

        var reply = Composer.Compose([], [Message("Pick one", options)], Language.English);

        Assert.Equal(10, reply.QuickReplies.Count);
        Assert.All(reply.QuickReplies, q => Assert.True(q.Label.Length <= 14));
        Assert.Equal(options.Take(10), reply.QuickReplies.Select(q => q.MessageText));
    }

    [Fact]
    public void Overflow_shows_three_outputs_and_a_more_quick_reply_and_keeps_the_rest_with_its_buttons()
    {
        var pages = Enumerable.Range(1, 5).Select(i => Message(new string((char)('가' + i), 900))).ToList();
        pages.Add(Message("마지막 질문이에요.", "예", "아니요"));

        var reply = Composer.Compose([], pages, Language.English);

        Assert.Equal(3, reply.Outputs.Count);
        var more = Assert.Single(reply.QuickReplies);
        Assert.Equal(Texts.Get(KakaoText.More, Language.English), more.Label);
        Assert.Equal(KakaoReplyComposer.MoreCommand, more.ExtraCommand);
        Assert.Equal(2, reply.Leftover.Count); // the short question joined the last page
        Assert.Equal(["예", "아니요"], reply.Leftover[^1].QuickReplies.Select(q => q.MessageText));
        Assert.EndsWith("마지막 질문이에요.", reply.Leftover[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_without_text_stay_with_the_text_before_them()
    {
        var reply = Composer.Compose([], [Message("질문이에요."), Message(string.Empty, "예", "아니요")], Language.Korean);

        Assert.Equal(["질문이에요."], reply.Outputs);
        Assert.Equal(["예", "아니요"], reply.QuickReplies.Select(q => q.MessageText));
    }

    private static KakaoPendingMessage Message(string text, params string[] quickReplies) =>
        new(text, quickReplies.Select(q => new KakaoQuickReply(q, q)).ToList(), DateTimeOffset.UtcNow);
}
