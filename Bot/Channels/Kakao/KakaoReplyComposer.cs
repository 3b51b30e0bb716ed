using Microsoft.Extensions.Options;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Fits messages into one skill response: long texts are split (see <see cref="KakaoTextSplitter"/>), short
/// ones merged when there are more pieces than outputs, and what still does not fit is held back behind a
/// "more" quick reply. The quick replies are those of the last message shown.
/// </summary>
public sealed class KakaoReplyComposer(IOptions<KakaoOptions> options, ITextCatalog texts, TimeProvider clock)
{
    /// <summary>The <c>extra</c> command of the "more" quick reply.</summary>
    public const string MoreCommand = "more";

    private readonly KakaoOptions _options = options.Value;

    public KakaoReply Compose(IReadOnlyList<KakaoPendingMessage> messages, Language language)
    {
        var pieces = new List<Piece>();
        foreach (var message in messages)
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

            var split = KakaoTextSplitter.Split(message.Text, _options.MaxTextChars);
            for (var i = 0; i < split.Count; i++)
            {
                pieces.Add(new Piece(split[i], i == split.Count - 1 ? message.QuickReplies : []));
            }
        }

        var lastQuickReplies = messages.Count > 0 ? messages[^1].QuickReplies : [];
        if (pieces.Count > _options.MaxOutputs)
        {
            pieces = Merge(pieces);
        }

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
            .Select(q => q with { Label = KakaoTextSplitter.Shorten(q.Label, _options.MaxQuickReplyLabelChars) })
            .ToList();

    // Joins neighbouring pieces while they fit one output; a piece keeps its own quick replies only if it ends last.
    private List<Piece> Merge(List<Piece> pieces)
    {
        var merged = new List<Piece> { pieces[0] };
        foreach (var piece in pieces.Skip(1))
        {
            var last = merged[^1];
            if (last.Text.Length + 2 + piece.Text.Length <= _options.MaxTextChars)
            {
                merged[^1] = new Piece(last.Text + "\n\n" + piece.Text, piece.QuickReplies);
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    private sealed record Piece(string Text, IReadOnlyList<KakaoQuickReply> QuickReplies);
}
