using System.Globalization;
using System.Text;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// A message that is only a greeting or a thank-you, at the menu ("annyeonghaseyo", "hi", "thanks 🙏", and the Korean
/// shorthand in greetings.json): a kind word and
/// the menu again. The web widget shows the welcome and the menu as it opens, so a survivor's first "hello" reached the
/// menu and was told "Sorry, I didn't quite get that". Only at the menu, and only a whole message: at a report's question
/// a greeting is no answer, and its own retry says what to write.
/// </summary>
public sealed class GreetingInterruption : IInterruption
{
    public int Order => InterruptionOrder.Greeting;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.LanguageKnown || dc.ActiveDialog is null || !Commands.AtMenu(dc) || Commands.Of(dc) is not null)
        {
            return InterruptionResult.NotHandled;
        }

        var words = Bare(dc.Services.Phrases, dc.Text);
        var phrases = dc.Services.Phrases;
        TextKey? reply = TextMatcher.Matches(words, phrases.All(GreetingPhrases.Hello)) ? MenuText.Greeting
            : TextMatcher.Matches(words, phrases.All(GreetingPhrases.Thanks)) ? MenuText.Thanks
            : null;
        if (reply is null)
        {
            return InterruptionResult.NotHandled;
        }

        await dc.SendAsync(reply, cancellationToken);
        return InterruptionResult.Resume;
    }

    /// <summary>
    /// The words without what people put around a greeting: emoji and other symbols, and a tail of laughter, tears or
    /// a smile (<see cref="GreetingPhrases.TailMarks"/>). Null or empty stays empty.
    /// </summary>
    public static string Bare(IPhraseCatalog phrases, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.Format or UnicodeCategory.PrivateUse || rune.Value is 0xFE0F or 0x200D)
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        var words = kept.ToString().Trim();
        var marks = TailMarks.GetValue(phrases, static p => " " + string.Concat(p.All(GreetingPhrases.TailMarks)));
        var end = words.Length;
        while (end > 0 && marks.Contains(words[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end > 0 ? words[..end].Trim() : words;
    }

    // The tail's characters, and the space between them, once per catalog.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPhraseCatalog, string> TailMarks = new();
}
