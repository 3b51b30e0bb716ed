using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Privacy;

[Slow]
public sealed class CounsellorTranscriptPrivacyTests
{
    [Fact]
    public async Task The_transcript_a_counsellor_reads_holds_no_phone_number_or_case_code_and_no_second_copy_is_kept()
    {
        await using var bot = await RunningBot.StartAsync();
        await bot.SendAsync("c-redact", "안녕하세요");
        await bot.SendAsync("c-redact", "제 코드는 K7QM-4RTX-2P 이고 번호는 010-1234-5678 이에요");

        var store = bot.Services.GetRequiredService<ITranscriptStore>();
        string text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains("[전화번호]", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            var page = await store.GetTranscriptActivitiesAsync("test", "c-redact");
            text = string.Join("\n", page.Items.Select(a => a.AsMessageActivity()?.Text));
        }

        Assert.Contains("[전화번호]", text, StringComparison.Ordinal);
        Assert.Contains("[사건 코드]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("010-1234-5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("K7QM", text, StringComparison.OrdinalIgnoreCase);
        Assert.IsType<ReportBot.Bot.Storage.Transcripts.StoredTranscriptStore>(store);
        Assert.DoesNotContain(bot.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>(), m => m is TranscriptLoggerMiddleware);
    }
}
