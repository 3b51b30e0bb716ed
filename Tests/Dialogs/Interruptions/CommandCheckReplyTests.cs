using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// The answer to the one-time command check ("Do you want to end the conversation here?") as survivors write it: yes
/// and no in spoken forms and with slips, and a reply that is neither, which must lose neither the words that raised
/// the check nor the new message.
/// </summary>
public sealed class CommandCheckReplyTests
{
    [Fact]
    public async Task Korean_a_reply_that_picks_a_wish_answers_the_wishes_question_instead_of_ending()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = Texts(host);
        await AtWishesAsync(host, Language.Korean);

        Assert.Contains(texts.Get(RecognitionText.CheckExit, Language.Korean), await host.Say("그만하고 싶은 것 같아요"), StringComparison.Ordinal);
        var replies = await host.Say("법적 도움이 필요해요");

        Assert.DoesNotContain(texts.Get(ExitText.Goodbye, Language.Korean), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.SummaryAsk, Language.Korean), replies, StringComparison.Ordinal);
        Assert.Contains($"{texts.Get(ReportText.FieldWishes, Language.Korean)}: {texts.Get(ReportText.WishLegal, Language.Korean)}", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_a_reply_that_names_wishes_is_read_together_with_the_words_before_it()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = Texts(host);
        await AtWishesAsync(host, Language.English);

        // (Words that name a wish themselves, such as "a real person maybe", answer the question without a check.)
        Assert.Contains(texts.Get(RecognitionText.CheckExit, Language.English), await host.Say("I think I want to stop"), StringComparison.Ordinal);
        var replies = await host.Say("legal help and information");

        Assert.Contains(texts.Get(ReportText.SummaryAsk, Language.English), replies, StringComparison.Ordinal);
        var wishes = replies.Split('\n').Single(l => l.Contains(texts.Get(ReportText.FieldWishes, Language.English) + ":", StringComparison.Ordinal));
        Assert.Contains(texts.Get(ReportText.WishLegal, Language.English), wishes, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.WishInformation, Language.English), wishes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "그만하고 싶은 것 같아요", "버스 정류장 앞이었어요")]
    [InlineData("en", "I think I want to stop", "on the bus home from work")]
    public async Task An_unclear_reply_at_a_free_text_question_keeps_both_messages_as_the_answer(string language, string trigger, string reply)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = Texts(host);
        var lang = Lang(language);
        await AtPlaceAsync(host, lang);

        Assert.Contains(texts.Get(RecognitionText.CheckExit, lang), await host.Say(trigger), StringComparison.Ordinal);
        var replies = await host.Say(reply);

        Assert.Contains(texts.Get(CommandCheckText.KeptBoth, lang), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskWho, lang), replies, StringComparison.Ordinal);
        var summary = await SkipToSummaryAsync(host, lang);
        var place = summary.Split('\n').Single(l => l.Contains(texts.Get(ReportText.FieldPlace, lang) + ":", StringComparison.Ordinal));
        Assert.Contains(trigger, place, StringComparison.Ordinal);
        Assert.Contains(reply, place, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "응 끝낼래요")]
    [InlineData("ko", "넹")]
    [InlineData("en", "yse")]
    [InlineData("en", "yes, end it please")]
    public async Task Yes_in_spoken_forms_and_with_a_slip_runs_the_command(string language, string yes)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = Lang(language);
        await AtPlaceAsync(host, lang);

        await host.Say(lang == Language.Korean ? "그만하고 싶은 것 같아요" : "I think I want to stop");
        var replies = await host.Say(yes);

        Assert.Contains(Texts(host).Get(ExitText.Goodbye, lang), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "아니용")]
    [InlineData("ko", "아니요, 그냥 적어 주세요")]
    [InlineData("en", "nope, keep it")]
    [InlineData("en", "nop")]
    public async Task No_in_spoken_forms_and_with_a_slip_keeps_the_words_as_the_answer(string language, string no)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = Texts(host);
        var lang = Lang(language);
        await AtPlaceAsync(host, lang);

        await host.Say(lang == Language.Korean ? "그만하고 싶은 것 같아요" : "I think I want to stop");
        var replies = await host.Say(no);

        Assert.Contains(texts.Get(RecognitionText.CheckKept, lang), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskWho, lang), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "네? 무슨 뜻이에요?")]
    [InlineData("en", "yes? what do you mean")]
    public async Task A_yes_asked_back_is_not_a_yes(string language, string reply)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var lang = Lang(language);
        await AtPlaceAsync(host, lang);

        await host.Say(lang == Language.Korean ? "그만하고 싶은 것 같아요" : "I think I want to stop");
        var replies = await host.Say(reply);

        Assert.DoesNotContain(Texts(host).Get(ExitText.Goodbye, lang), replies, StringComparison.Ordinal);
        Assert.Contains(Texts(host).Get(ReportText.AskWho, lang), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "이거 어떻게 사용하는 거예요?")]
    [InlineData("en", "how does this work?")]
    public async Task A_clear_command_as_the_reply_runs_and_the_question_is_asked_again(string language, string command)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = Texts(host);
        var lang = Lang(language);
        await AtPlaceAsync(host, lang);

        await host.Say(lang == Language.Korean ? "그만하고 싶은 것 같아요" : "I think I want to stop");
        var replies = await host.Say(command);

        Assert.Contains(texts.Get(HelpText.Text, lang).Split('\n')[0], replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskPlace, lang), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ExitText.Goodbye, lang), replies, StringComparison.Ordinal);
    }

    private static ITextCatalog Texts(DialogTestHost host) => host.Services.GetRequiredService<ITextCatalog>();

    private static Language Lang(string code) => code == "ko" ? Language.Korean : Language.English;

    private static async Task AtPlaceAsync(DialogTestHost host, Language language)
    {
        var asked = language == Language.Korean ? await host.StartKoreanReportAsync() : await host.StartEnglishReportAsync();
        Assert.Contains(Texts(host).Get(ReportText.AskTypes, language), asked, StringComparison.Ordinal);
        await host.Say(ReportWalk.Skip(language));
        await host.Say(language == Language.Korean ? "다 했어요" : "done");
        Assert.Contains(Texts(host).Get(ReportText.AskPlace, language), await host.Say(ReportWalk.Skip(language)), StringComparison.Ordinal);
    }

    private static async Task AtWishesAsync(DialogTestHost host, Language language)
    {
        await AtPlaceAsync(host, language);
        await host.SkipUntilAsync(language, ReportText.AskWishes);
    }

    private static Task<string> SkipToSummaryAsync(DialogTestHost host, Language language) => host.SkipUntilAsync(language, ReportText.SummaryAsk);
}
