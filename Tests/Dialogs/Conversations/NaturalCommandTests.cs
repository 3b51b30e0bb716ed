using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Commands in natural phrasing work at the menu and in the middle of a question; an unsure one is asked about once;
/// crisis wording is answered in two tiers; bad input gets a kind answer and never a loop.
/// </summary>
public sealed class NaturalCommandTests
{
    public static TheoryData<string, string, string> Commands => new()
    {
        { "ko", "제 기록 다 지워 주실 수 있나요", EraseText.Confirm.Name },
        { "ko", "이제 그만하고 싶어요", ExitText.Goodbye.Name },
        { "ko", "이거 어떻게 사용하는 거예요?", HelpText.Text.Name },
        { "ko", "진짜 사람이랑 얘기하고 싶어요", HandoffText.Hotlines.Name },
        { "ko", "영어로 바꿔 주세요", WelcomeText.LanguageSet.Name },
        { "ko", "전에 받은 사건 코드가 있어요", CasesText.AskCode.Name },
        { "en", "Please erase everything I've told you", EraseText.Confirm.Name },
        { "en", "I'd like to end this chat", ExitText.Goodbye.Name },
        { "en", "how does this work?", HelpText.Text.Name },
        { "en", "can I talk to a real person", HandoffText.Hotlines.Name },
        { "en", "can we switch to Korean", WelcomeText.LanguageSet.Name },
        { "en", "I already have a case code from before", CasesText.AskCode.Name },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_natural_command_is_recognised_in_the_middle_of_a_question(string language, string text, string expected)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await AtWhenQuestionAsync(host, language);

        var replies = await host.Say(text);

        Assert.Contains(Localized(host, expected, language, text), replies, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_natural_command_is_recognised_at_the_menu(string language, string text, string expected)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say(language == "ko" ? "안녕하세요" : "hello");

        var replies = await host.Say(text);

        Assert.Contains(Localized(host, expected, language, text), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "회사 앞에서요, 그만하라고 했는데 계속 따라왔어요")]
    [InlineData("ko", "사진을 지우라고 했는데 안 지웠어요")]
    [InlineData("en", "outside my office, I told him to stop but he kept coming")]
    [InlineData("en", "he said he deleted the photos but I don't believe him")]
    public async Task An_ordinary_answer_with_command_words_stays_an_answer(string language, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await AtWhenQuestionAsync(host, language);
        await host.Say(language == "ko" ? "건너뛰기" : "skip");

        var replies = await host.Say(text);

        var texts = host.Services.GetRequiredService<ITextCatalog>();
        Assert.Contains(texts.Get(ReportText.AskWho, Lang(language)), replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsure_command_is_asked_about_once_and_no_keeps_the_words_as_the_answer()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, "en");
        await host.Say("skip");

        var check = await host.Say("I think I want to stop");
        Assert.Contains(texts.Get(RecognitionText.CheckExit, Language.English), check, StringComparison.Ordinal);

        var no = await host.Say("no");
        Assert.Contains(texts.Get(RecognitionText.CheckKept, Language.English), no, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskWho, Language.English), no, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsure_command_confirmed_with_yes_runs()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, "en");

        await host.Say("I think I want to stop");
        var yes = await host.Say("yes");

        Assert.Contains(texts.Get(ExitText.Goodbye, Language.English), yes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no", "recognition.crisis.check_in_no")]
    [InlineData("yes", "crisis.emergency")]
    [InlineData("I don't know", "crisis.emergency")]
    public async Task Indirect_warning_signs_get_one_check_in_and_an_unclear_answer_gets_the_numbers(string answer, string expected)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, "en");

        var checkIn = await host.Say("honestly everyone would be better off without me");
        Assert.Contains(texts.Get(RecognitionText.CrisisCheckIn, Language.English), checkIn, StringComparison.Ordinal);
        Assert.DoesNotContain("109", checkIn, StringComparison.Ordinal);

        var replies = await host.Say(answer);
        Assert.Contains(texts.Get(new TextKey(expected), Language.English), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "오늘 밤에 모아 둔 수면제 다 먹을 거예요")]
    [InlineData("ko", "지금 학교 옥상이에요")]
    [InlineData("en", "I'm going to end it all tonight")]
    [InlineData("en", "I'm up on the roof right now")]
    public async Task Explicit_danger_gets_the_numbers_at_once(string language, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await AtWhenQuestionAsync(host, language);

        var replies = await host.Say(text);

        Assert.Contains("109", replies, StringComparison.Ordinal);
        Assert.Contains("112", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "배고파 죽겠어요, 회사 근처 편의점이었어요")]
    [InlineData("en", "a club, I was dying to leave all night")]
    public async Task Idioms_are_not_a_crisis(string language, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, language);
        await host.Say(language == "ko" ? "건너뛰기" : "skip");

        var replies = await host.Say(text);

        Assert.DoesNotContain("109", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(RecognitionText.CrisisCheckIn, Lang(language)), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskWho, Lang(language)), replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("😢😢")]
    [InlineData("ㅠㅠ")]
    public async Task Emoji_or_crying_letters_get_a_kind_word_and_never_a_loop(string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, "ko");

        var first = await host.Say(text);
        Assert.Contains(texts.Get(RecognitionText.Feelings, Language.Korean), first, StringComparison.Ordinal);

        var second = await host.Say(text);
        Assert.Contains(texts.Get(ReportText.AskPlace, Language.Korean), second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_long_empty_and_mixed_script_messages_get_kind_answers()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        await AtWhenQuestionAsync(host, "ko");
        await host.Say("건너뛰기");

        Assert.Contains(texts.Get(CommonText.EmptyMessage, Language.Korean), await host.Say("   "), StringComparison.Ordinal);
        var tooLong = await host.Say(new string('가', 9000));
        Assert.Contains(texts.Get(ReportText.AskPlace, Language.Korean), tooLong, StringComparison.Ordinal);

        var mixed = await host.Say("회사 office 3층 회의실에서요 meeting room");
        Assert.Contains(texts.Get(ReportText.AskWho, Language.Korean), mixed, StringComparison.Ordinal);
    }

    private static async Task AtWhenQuestionAsync(DialogTestHost host, string language)
    {
        if (language == "ko")
        {
            await host.StartKoreanReportAsync();
            await host.Say("건너뛰기");
            await host.Say("다 했어요");
        }
        else
        {
            await host.StartEnglishReportAsync();
            await host.Say("skip");
            await host.Say("done");
        }
    }

    private static Language Lang(string code) => code == "ko" ? Language.Korean : Language.English;

    /// <summary>The expected reply in the language the conversation is in after the command (a language switch changes it).</summary>
    private static string Localized(DialogTestHost host, string key, string language, string text)
    {
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var after = key == WelcomeText.LanguageSet.Name ? (text.Contains("Korean", StringComparison.Ordinal) ? Language.Korean : Language.English) : Lang(language);
        var value = texts.Get(new TextKey(key), after);

        // Long texts hold placeholders or several paragraphs: their first line is enough to know them.
        return value.Split('\n')[0].Split('{')[0];
    }
}
