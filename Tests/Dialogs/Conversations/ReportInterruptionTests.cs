using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class ReportInterruptionTests
{
    [Fact]
    public async Task Crisis_phrase_mid_report_gives_emergency_numbers_then_resumes_the_same_question()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        await host.Say("4");
        await host.Say("다 했어요");

        var replies = await host.SendAsync("죽고싶어요 정말");

        Assert.Equal(2, replies.Count);
        foreach (var number in new[] { "112", "119", "109", "1366" })
        {
            Assert.Contains(number, replies[0], StringComparison.Ordinal);
        }

        Assert.Contains("'상담사'", replies[0], StringComparison.Ordinal);
        Assert.Contains("언제 있었던 일인가요", replies[1], StringComparison.Ordinal);
        Assert.Contains("어디에서 있었던 일인가요", await host.Say("어제"), StringComparison.Ordinal);

        var session = await ReadSessionAsync(host);
        Assert.NotNull(session.CrisisAt);
    }

    [Fact]
    public async Task Crisis_as_the_very_first_message_gets_the_numbers_in_its_language_before_the_greeting()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());

        var replies = await host.SendAsync("I just want to end it all");

        Assert.StartsWith("Thank you for telling me. Your safety matters most", replies[0], StringComparison.Ordinal);
        Assert.Contains("I never ask who you are", replies[1], StringComparison.Ordinal);
        Assert.Contains("What would you like to do?", replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_danger_wording_with_odd_spacing_is_caught_in_the_middle_of_a_question()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();

        var replies = await host.SendAsync("im  NOT safe right now!!");

        Assert.Contains("109 Suicide prevention line (24 hours)", replies[0], StringComparison.Ordinal);
        Assert.Contains("1366 Women's Emergency Line (24 hours, every day)", replies[0], StringComparison.Ordinal);
        Assert.Contains("What happened to you?", replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crisis_words_inside_the_story_get_the_numbers_and_are_kept_in_the_story()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartKoreanReportAsync();
        await host.Say("2");

        var replies = await host.Say("그 영상 때문에 죽고 싶었어요.");
        Assert.Contains("1366", replies, StringComparison.Ordinal);
        Assert.Contains("받았어요", replies, StringComparison.Ordinal);

        await host.Say("다 했어요");
        for (var i = 0; i < 6; i++)
        {
            await host.Say("건너뛰기");
        }

        var summary = await host.Say("건너뛰기");
        Assert.Contains("\"그 영상 때문에 죽고 싶었어요.\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_midway_asks_the_same_question_in_the_new_language_and_carries_on()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartKoreanReportAsync();
        await host.Say("7");
        await host.Say("다 했어요");
        await host.Say("어제");

        var switched = await host.SendAsync("English");
        Assert.Equal("All right, I'll use English from now on.", switched[0]);
        Assert.Contains("Where did it happen?", switched[1], StringComparison.Ordinal);

        await host.Say("Seoul");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");
        // Stalking with no link or file as evidence: "is it still online?" is not asked.
        var summary = await host.Say("skip");
        Assert.Contains("• What kind of incident: Stalking", summary, StringComparison.Ordinal);
        Assert.Contains("• Where: Seoul", summary, StringComparison.Ordinal);
        Assert.Contains("• What happened: (skipped)", summary, StringComparison.Ordinal);
        Assert.Contains("• When: Tuesday 24 November 2026", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_and_counsellor_mid_question_answer_then_return_to_the_question_with_the_report_kept()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartKoreanReportAsync();
        await host.Say("1");

        var help = await host.SendAsync("도움말");
        Assert.Contains("누구인지 알 수 있는 것은 절대 묻지 않아요", help[0], StringComparison.Ordinal);
        Assert.Contains("'사건 코드가 있어요'", help[0], StringComparison.Ordinal);
        Assert.Contains("편한 말로 적어 주세요", help[1], StringComparison.Ordinal);

        // No counsellor is signed in: the bot says so with the 24-hour lines and offers to keep a message.
        var counsellor = await host.SendAsync("상담사");
        Assert.Contains("1366", counsellor[0], StringComparison.Ordinal);

        // Declining brings the survivor back to the question they were on; nothing of the report is lost.
        var back = await host.SendAsync("아니요");
        Assert.Contains("편한 말로 적어 주세요", back[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("안녕하세요", "신고", "어떤 일을 겪으셨나요")]
    [InlineData("hello", "I want to report", "What happened to you?")]
    public async Task Typing_report_at_the_menu_starts_the_report(string greeting, string command, string firstQuestion)
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.Say(greeting);

        Assert.Contains(firstQuestion, await host.Say(command), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_mid_report_ends_gently_and_says_nothing_was_kept()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        await host.Say("1");

        var bye = await host.Say("그만할래요");

        Assert.Contains("여기서 멈출게요", bye, StringComparison.Ordinal);
        Assert.Contains("쓰다 만 기록은 저장하지 않았어요", bye, StringComparison.Ordinal);
        Assert.Contains("저장된 신고 기록은 없어요", bye, StringComparison.Ordinal);
        Assert.DoesNotContain(storage.LiveKeys, k => k.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal));
        Assert.Contains("무엇을 도와드릴까요", await host.Say("안녕하세요"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_after_saving_says_the_report_is_kept_and_how_to_come_back()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        for (var i = 0; i < 9; i++)
        {
            await host.Say("skip");
        }

        ReportWalk.CaseCodeIn(await host.Say("Save it"));
        var bye = await host.Say("stop");

        Assert.Contains("The report you saved is kept", bye, StringComparison.Ordinal);
        Assert.Contains("\"I have a case code\"", bye, StringComparison.Ordinal);
        Assert.DoesNotContain("was not saved", bye, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_my_data_mid_report_asks_first_and_no_keeps_the_question()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("1");

        var ask = await host.SendActivityAsync(host.Adapter.MakeActivity("delete my data"));
        Assert.Single(ask);
        Assert.Contains("Erase everything kept from this conversation?", ask[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No"], ask[0].SuggestedActions.Actions.Select(a => a.Title));

        var kept = await host.SendAsync("no");
        Assert.Equal("Nothing was erased. Let's carry on where we were.", kept[0]);
        Assert.Contains("tell me what happened in your own words", kept[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_my_data_after_a_report_erases_the_case_and_the_conversation_and_says_what()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        for (var i = 0; i < 9; i++)
        {
            await host.Say("건너뛰기");
        }

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        await host.Say("아니요");
        Assert.Contains(storage.LiveKeys, k => k.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal));

        await host.Say("내 기록 삭제");
        var erased = await host.Say("네");

        Assert.Contains("• 저장한 신고 기록", erased, StringComparison.Ordinal);
        Assert.Contains("• 대화 진행 상황", erased, StringComparison.Ordinal);
        Assert.Empty(storage.LiveKeys);
        var cases = host.Services.GetRequiredService<CaseStore>();
        Assert.Null(await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None));

        // Even the language choice is gone: the next message starts from the very beginning.
        Assert.Contains("안녕하세요. 저는 리포트봇이에요", await host.Say("안녕"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_from_the_menu_confirms_and_erases()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.Say("hello");

        Assert.Contains("Erase everything kept from this conversation?", await host.Say("4"), StringComparison.Ordinal);
        var erased = await host.Say("yes");

        Assert.Contains("where we were in the conversation", erased, StringComparison.Ordinal);
        Assert.DoesNotContain("your saved report", erased, StringComparison.Ordinal);
        Assert.Empty(storage.LiveKeys);
    }

    private static async Task<ReportSession> ReadSessionAsync(DialogTestHost host)
    {
        var key = $"{host.Adapter.Conversation.ChannelId}/conversations/{host.Adapter.Conversation.Conversation.Id}";
        var items = await host.Storage.ReadAsync([key]);
        var state = (IDictionary<string, object>)items[key];
        return Assert.IsType<ReportSession>(state[ReportSessionAccessor.PropertyName]);
    }
}
