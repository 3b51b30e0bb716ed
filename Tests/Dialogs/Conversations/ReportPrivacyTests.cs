using ReportBot.Dialogs.Reports;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class ReportPrivacyTests
{
    private const string Story = "zebra-orchid 편의점 화장실에서 찍혔어요";
    private const string Place = "quokka-harbour 마포구";
    private const string Addition = "narwhal-lantern 추가 내용";

    [Fact]
    public async Task The_case_code_is_never_stored_in_clear()
    {
        var storage = new RecordingStorage();
        var code = await SaveReportAndComeBackAsync(storage);
        var canonical = code.Replace("-", string.Empty, StringComparison.Ordinal);

        Assert.NotEmpty(storage.Writes);
        Assert.Contains(storage.Writes, w => w.Key.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(code, storage.AllWritten, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(canonical, storage.AllWritten, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nothing_the_survivor_typed_and_no_case_code_reaches_the_logs()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        await host.Say("1");
        await host.Say(Story);
        await host.Say("죽고 싶어요 zebra-crisis");
        await host.Say("다 했어요");
        await host.Say("어제");
        await host.Say(Place);
        for (var i = 0; i < 5; i++)
        {
            await host.Say("건너뛰기");
        }

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        await host.Say("아니요");
        await host.Say("사건 코드가 있어요");
        await host.Say("2222-2222-22");
        await host.Say(code);
        await host.Say("내용 추가하기");
        await host.Say(Addition);
        await host.Say("다 했어요");

        var logs = host.Logs.All;
        Assert.Contains("A report was saved as a new case", logs, StringComparison.Ordinal);
        Assert.Contains("The crisis response was shown", logs, StringComparison.Ordinal);
        Assert.Contains("did not match any case", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { "zebra", "quokka", "narwhal", "편의점", "마포구", "죽고", code, code.Replace("-", string.Empty, StringComparison.Ordinal), "2222", CaseCodeHasher.KeyPrefix, "conversation-1" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> SaveReportAndComeBackAsync(RecordingStorage storage)
    {
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        await host.Say("1");
        await host.Say(Story);
        await host.Say("다 했어요");
        for (var i = 0; i < 7; i++)
        {
            await host.Say("건너뛰기");
        }

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        await host.Say("아니요");
        await host.Say("사건 코드가 있어요");
        Assert.Contains("기록을 찾았어요", await host.Say(code), StringComparison.Ordinal);
        await host.Say("내용 추가하기");
        await host.Say(Addition);
        Assert.Contains("추가했어요", await host.Say("다 했어요"), StringComparison.Ordinal);
        return code;
    }
}
