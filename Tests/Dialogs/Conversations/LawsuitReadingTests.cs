using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Legal;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A report that tells of a defamation or false-accusation suit against the survivor, threatened or only asked about
/// ("이거 명예훼손으로 역고소 당할 수도 있는 거예요?" in the story of a doxxing after speaking out), has its legal reading
/// begin with what to know about such a suit. Before, the reading followed the kind alone (online harassment): fifteen
/// parts, none of them about the question the survivor had asked.
/// </summary>
public sealed class LawsuitReadingTests
{
    [Theory]
    [InlineData("ko", "폭로글 올리고 나서 가해자 지인들이 제 신상을 털어서 에타에 올렸어요", "이거 명예훼손으로 역고소 당할 수도 있는 거예요?")]
    [InlineData("en", "i posted about what my manager did and now people are finding my address online", "he says he is going to sue me for defamation")]
    public async Task A_suit_told_or_asked_about_in_the_story_comes_first_in_the_legal_reading(string code, string opening, string suit)
    {
        var (replies, title, texts, language) = await SaveAndReadAsync(code, opening, suit);

        Assert.Contains(texts.Get(LegalText.FirstLawsuit, language), replies, StringComparison.Ordinal);
        Assert.Contains(title, replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "폭로글 올리고 나서 가해자 지인들이 제 신상을 털어서 에타에 올렸어요", "그 뒤로 모르는 사람들한테 메시지가 계속 와요")]
    [InlineData("en", "i posted about what my manager did and now people are finding my address online", "strangers keep messaging me since then")]
    public async Task A_story_without_a_suit_reads_as_before(string code, string opening, string more)
    {
        var (replies, title, texts, language) = await SaveAndReadAsync(code, opening, more);

        Assert.DoesNotContain(texts.Get(LegalText.FirstLawsuit, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(title, replies, StringComparison.Ordinal);
    }

    // A report begun at the menu with the story and one more message, every question skipped, saved; then "yes" to the
    // legal options. The replies to that yes, and the title of the option on suits for speaking out.
    private static async Task<(string Replies, string Title, ITextCatalog Texts, Language Language)> SaveAndReadAsync(string code, string opening, string more)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.SayAtMenuAsync(language, opening);
        await host.Say(more);
        await host.Say(code == "ko" ? "다 했어요" : "done");
        await host.SkipUntilAsync(language, ReportText.SummaryAsk, most: 12);
        Assert.Contains(texts.Get(ReportText.LegalOffer, language), await host.Say(code == "ko" ? "저장하기" : "save"), StringComparison.Ordinal);
        var replies = await host.Say(code == "ko" ? "네" : "yes");
        var content = host.Services.GetRequiredService<ReportBot.Dialogs.Legal.LegalContentStore>().Content!;
        var title = content.FindOption("counter-complaint")!.Title.Get(language);
        return (replies, title, texts, language);
    }
}
