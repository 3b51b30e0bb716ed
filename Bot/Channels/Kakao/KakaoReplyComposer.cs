using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.Text;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Fits messages into one skill response: long texts are split (see <see cref="MessageTextSplitter"/>), short
/// ones merged when there are more pieces than outputs, and what still does not fit is held back behind a
/// "more" quick reply. The quick replies are those of the last message shown.
/// </summary>
public sealed class KakaoReplyComposer(IOptions<KakaoOptions> options, ITextCatalog texts, TimeProvider clock)
{
    /// <summary>The <c>extra</c> command of the "more" quick reply.</summary>
    public const string MoreCommand = "more";

    private readonly KakaoOptions _options = options.Value;

    /// <summary>Composes messages that waited (first) and this turn's replies; the two are only merged when they must be.</summary>
    public KakaoReply Compose(IReadOnlyList<KakaoPendingMessage> waiting, IReadOnlyList<KakaoPendingMessage> replies, Language language)
    {
        var pieces = new List<Piece>();
        var messages = waiting.Select(m => (Message: m, Source: 0)).Concat(replies.Select(m => (Message: m, Source: 1))).ToList();
        foreach (var (message, source) in messages)
        {
            if (message.Text.Trim().Length == 0)
            {
                // Buttons without words belong to the text before them.
                if (pieces.Count > 0 && message.QuickReplies.Count > 0)
                {
                    pieces[^1] = pieces[^1] with { QuickReplies = message.QuickReplies };
                }

                continue;
            }

            var split = MessageTextSplitter.Split(message.Text, _options.MaxTextChars);
            for (var i = 0; i < split.Count; i++)
            {
                pieces.Add(new Piece(split[i], i == split.Count - 1 ? message.QuickReplies : [], source));
            }
        }

        var lastQuickReplies = messages.Count > 0 ? messages[^1].Message.QuickReplies : [];
        Merge(pieces);

        if (pieces.Count <= _options.MaxOutputs)
        {
            return new KakaoReply(pieces.Select(p => p.Text).ToList(), Cap(lastQuickReplies), []);
        }

        var shown = pieces.Take(_options.MaxOutputs).Select(p => p.Text).ToList();
        var now = clock.GetUtcNow();
        var leftover = pieces.Skip(_options.MaxOutputs).Select(p => new KakaoPendingMessage(p.Text, p.QuickReplies, now)).ToList();
        var more = texts.Get(KakaoText.More, language);
        return new KakaoReply(shown, [new KakaoQuickReply(more, more, MoreCommand)], leftover);
    }

    /// <summary>Quick replies for Kakao: at most the allowed number, labels shortened (the full text is still sent).</summary>
    public IReadOnlyList<KakaoQuickReply> Cap(IReadOnlyList<KakaoQuickReply> quickReplies) =>
        quickReplies.Take(_options.MaxQuickReplies)
            .Select(q => q with { Label = MessageTextSplitter.Shorten(q.Label, _options.MaxQuickReplyLabelChars) })
            .ToList();

    // While there are more pieces than outputs, joins the two neighbours that make the shortest bubble, preferring
    // neighbours from the same source, so a counsellor's words and the bot's stay apart unless there is no room.
    private void Merge(List<Piece> pieces)
    {
        while (pieces.Count > _options.MaxOutputs)
        {
            var best = -1;
            var bestScore = int.MaxValue;
            for (var i = 0; i + 1 < pieces.Count; i++)
            {
                var length = pieces[i].Text.Length + 2 + pieces[i + 1].Text.Length;
                if (length > _options.MaxTextChars)
                {
                    continue;
                }

                var score = length + (pieces[i].Source == pieces[i + 1].Source ? 0 : _options.MaxTextChars);
                if (score < bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best < 0)
            {
                return;
            }

            pieces[best] = new Piece(pieces[best].Text + "\n\n" + pieces[best + 1].Text, pieces[best + 1].QuickReplies, pieces[best + 1].Source);
            pieces.RemoveAt(best + 1);
        }
    }

    private sealed record Piece(string Text, IReadOnlyList<KakaoQuickReply> QuickReplies, int Source);
}
