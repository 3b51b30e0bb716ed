using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A person behind an account or an app ("전남친이 부계정으로", "my ex … on a burner account") is offered at "who" as the
/// person, not the account (the two used to tie and nothing was offered); an account or an app with no one else named
/// ("a guy from tinder", "오픈채팅방에서 만난 사람") is "an account I only know online".
/// </summary>
public sealed class StoryAccountOfferTests
{
    [Theory]
    [InlineData("ko", "전남친이 부계정으로 계속 디엠 보내요", nameof(ReportText.WhoPartner))]
    [InlineData("ko", "같은 과 동기가 익명 계정으로 제 사진을 올렸어요", nameof(ReportText.WhoAcquaintance))]
    [InlineData("ko", "오픈채팅방에서 만난 사람이 사진 뿌린다고 협박해요", nameof(ReportText.WhoOnlineAccount))]
    [InlineData("en", "my ex keeps messaging me on a burner account", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my manager is using a fake account to send me messages", nameof(ReportText.WhoBossColleague))]
    [InlineData("en", "a guy from tinder sent me pics i never asked for", nameof(ReportText.WhoOnlineAccount))]
    public async Task The_person_behind_an_account_is_offered(string language, string story, string who)
    {
        var (host, lang, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldWho, ReportText.AskWho);
        await using var _ = host;

        Assert.Equal(host.ReportTextNamed(who, lang), offer);
    }

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
