using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>Steps for the story offers: telling a story, reading what a question offered from it, reaching the summary.</summary>
public static partial class ReportWalk
{
    /// <summary>A theory's language code ("ko", else English).</summary>
    public static Language Lang(string code) => code == "ko" ? Language.Korean : Language.English;

    /// <summary>The text of the <see cref="ReportText"/> key a theory names with nameof (attributes take no <see cref="TextKey"/>).</summary>
    public static string ReportTextNamed(this DialogTestHost host, string name, Language language) =>
        host.Services.GetRequiredService<ITextCatalog>().Get((TextKey)typeof(ReportText).GetField(name)!.GetValue(null)!, language);

    /// <summary>
    /// A fresh report (in memory) in which <paramref name="story"/> was told: the host (the caller disposes it), its
    /// language, and what the question labelled <paramref name="field"/> offered from the story (null: it was asked).
    /// </summary>
    public static async Task<(DialogTestHost Host, Language Language, string? Offer)> StoryOfferAsync(string language, string story, TextKey field, TextKey ask)
    {
        var host = ReportTestHost.Create(new Microsoft.Bot.Builder.MemoryStorage());
        var lang = Lang(language);
        var replies = await host.TellStoryAsync(lang, story);
        return (host, lang, await host.OfferAtAsync(lang, replies, field, ask));
    }

    /// <summary>Tells <paramref name="story"/> at the story question and says it is done; returns the replies after "done".</summary>
    public static async Task<string> TellStoryAsync(this DialogTestHost host, Language language, string story)
    {
        await host.StartStoryAsync(language);
        await host.Say(story);
        return await host.Say(language == Language.Korean ? "다 했어요" : "done");
    }

    /// <summary>
    /// Passes questions until the one labelled <paramref name="field"/> offers an answer from the story (returned) or is
    /// asked instead (null); at most <paramref name="most"/> questions.
    /// </summary>
    public static async Task<string?> OfferAtAsync(this DialogTestHost host, Language language, string replies, TextKey field, TextKey ask, int most = 6)
    {
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var head = texts.Get(StoryOfferText.Ask, language).Split('\n')[0];
        var label = texts.Get(field, language) + ": ";
        var asked = texts.Get(ask, language).Split('\n')[0];
        for (var i = 0; i < most; i++)
        {
            var line = replies.Split('\n').FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal));
            if (replies.Contains(head, StringComparison.Ordinal) && line is not null)
            {
                return line[label.Length..];
            }

            if (replies.Contains(asked, StringComparison.Ordinal))
            {
                return null;
            }

            // Another part was offered or asked first: pass it.
            replies = await host.Say(Skip(language));
        }

        Assert.Fail("Neither offered nor asked: " + texts.Get(field, language));
        return null;
    }

    /// <summary>Passes questions until the summary is shown; returns it.</summary>
    public static async Task<string> SkipToSummaryAsync(this DialogTestHost host, Language language)
    {
        var intro = host.Services.GetRequiredService<ITextCatalog>().Get(ReportText.SummaryIntro, language);
        for (var i = 0; i < 10; i++)
        {
            var replies = await host.Say(Skip(language));
            if (replies.Contains(intro, StringComparison.Ordinal))
            {
                return replies;
            }
        }

        Assert.Fail("The summary was never shown.");
        return string.Empty;
    }
}
