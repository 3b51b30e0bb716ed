using ReportBot.Tests.Support;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>
/// Law that is passed but not yet in force (the stalking victim protection order, from 2027-04-22) is offered as
/// "from (date)" until that day and as plain law from that day on, in the same running bot: the clock moves, nothing
/// is redeployed. The day is Korea's, where the survivors live.
/// </summary>
public sealed class LawNotYetInForceTests
{
    // 2027-04-21 23:45 in Korea (UTC+9); fifteen minutes later it is 22 April there.
    private static readonly DateTimeOffset EveningBefore = new(2027, 4, 21, 14, 45, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_stalking_protection_order_reads_from_2027_04_22_until_that_day_in_Korea_and_as_plain_law_from_then()
    {
        var clock = new ManualClock(EveningBefore);
        await using var host = new DialogTestHost(clock: clock);
        await host.SendAsync("안녕하세요");

        var before = await ReadStalkingAsync(host, "법적 도움 알아보기", "스토킹", "다음", "여기까지예요");
        var orderBefore = Assert.Single(before, t => t.Contains("법원에 직접 피해자보호명령 신청하기", StringComparison.Ordinal));
        Assert.Contains("아직 시행 전이에요. 2027-04-22부터 시행돼요.", orderBefore, StringComparison.Ordinal);
        var lawBefore = Assert.Single(before, t => t.Contains("· 피해자보호명령\n", StringComparison.Ordinal));
        Assert.Contains("아직 시행 전이에요. 2027-04-22부터 시행돼요.", lawBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("시행: 2027-04-22", lawBefore, StringComparison.Ordinal);

        // Law already in force is never marked, and says since when.
        var measures = Assert.Single(before, t => t.Contains("긴급응급조치와 잠정조치", StringComparison.Ordinal) && t.Contains("유치는 최대 1개월이고 연장할 수 없어요", StringComparison.Ordinal));
        Assert.Contains("시행: 2024-01-12", measures, StringComparison.Ordinal);
        Assert.DoesNotContain("아직 시행 전", measures, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(15));

        var after = await ReadStalkingAsync(host, "어떻게 할 수 있어요?", "스토킹", "다음", "여기까지예요");
        var orderAfter = Assert.Single(after, t => t.Contains("법원에 직접 피해자보호명령 신청하기", StringComparison.Ordinal));
        Assert.DoesNotContain("아직 시행 전", orderAfter, StringComparison.Ordinal);
        var lawAfter = Assert.Single(after, t => t.Contains("· 피해자보호명령\n", StringComparison.Ordinal));
        Assert.Contains("시행: 2027-04-22", lawAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("아직 시행 전", lawAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_the_order_reads_from_2027_04_22_the_day_before_and_in_force_since_then_the_day_after()
    {
        var clock = new ManualClock(EveningBefore);
        await using var host = new DialogTestHost(clock: clock);
        await host.SendAsync("hello");

        var before = await ReadStalkingAsync(host, "What can I do?", "Stalking", "next", "That's everything");
        var orderBefore = Assert.Single(before, t => t.Contains("Applying to a court yourself for a protection order", StringComparison.Ordinal));
        Assert.Contains("Not in force yet: applies from 2027-04-22.", orderBefore, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromDays(1));

        var after = await ReadStalkingAsync(host, "What can I do?", "Stalking", "next", "That's everything");
        Assert.DoesNotContain(after, t => t.Contains("Not in force yet", StringComparison.Ordinal));
        var lawAfter = Assert.Single(after, t => t.Contains("· Victim protection order\n", StringComparison.Ordinal));
        Assert.Contains("In force since 2027-04-22", lawAfter, StringComparison.Ordinal);
    }

    /// <summary>Opens the legal options, picks stalking and reads every chunk to the end.</summary>
    private static async Task<List<string>> ReadStalkingAsync(DialogTestHost host, string ask, string stalking, string next, string end)
    {
        var all = new List<string>(await host.SendAsync(ask));
        all.AddRange(await host.SendAsync(stalking));
        for (var i = 0; i < 30 && !all.Any(t => t.Contains(end, StringComparison.Ordinal)); i++)
        {
            all.AddRange(await host.SendAsync(next));
        }

        Assert.Contains(all, t => t.Contains(end, StringComparison.Ordinal));
        return all;
    }
}
