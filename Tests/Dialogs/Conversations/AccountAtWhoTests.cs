using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A person behind an account or an app, answered at "who" ("전남친이요 부계정 써요"), is the person, not the account. (The
/// same in a story, and an account with no one else named, are cases of StoryWhoOfferTests.)
/// </summary>
public sealed class AccountAtWhoTests
{
    [Theory]
    [InlineData("ko", "전남친이요 부계정 써요")]
    [InlineData("en", "my ex, on a fake account")]
    public async Task An_ex_on_an_account_answered_at_who_is_the_ex(string language, string answer)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = ReportWalk.Lang(language);
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await host.StartStoryAsync(lang);
        await host.SkipUntilAsync(lang, ReportText.AskWho);

        var replies = await host.Say(answer);

        Assert.Contains(texts.Get(AnswersText.Understood, lang, ("choices", texts.Get(ReportText.WhoPartner, lang))), replies, StringComparison.Ordinal);
    }
}
