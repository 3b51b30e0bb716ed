using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Two ways a story's time was offered wrong (report.blind9's first run). A job, a school or a home begun, told as the topic
/// before its time ("입사한 건 3월인데", "작년에 들어간 회사인데") or anywhere earlier in its own English clause ("i started at the
/// cafe in june and…", "we moved in with him in 2019 but…"), is background: the next time is the incident's. And a harm
/// told as repeated ("세 번이나", "thats 3 times", "again") with an open span that holds the other time is offered as the span.
/// </summary>
public sealed class BackgroundStartAndRepeatedSpanTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("입학한 건 2024년인데 어제 선배가 만졌어요", "어제")]
    [InlineData("알바 시작한 게 여름이었는데 지난달에 사장이 그랬어요", "지난달")]
    [InlineData("재작년에 들어온 학교인데 지난주 금요일에 교수가 불렀어요", "지난주 금요일")]
    [InlineData("작년에 이사 온 동네인데 그저께 옆집 남자가 따라왔어요", "그저께")]
    [InlineData("i joined the company in 2023 and my manager grabbed me last friday", "last friday")]
    [InlineData("started my internship in july, yesterday the supervisor touched me", "yesterday")]
    [InlineData("we moved in with her boyfriend last spring but it happened three days ago", "three days ago")]
    [InlineData("i got hired in april and two weeks ago he cornered me", "two weeks ago")]
    public void A_start_told_before_its_time_gives_way_to_the_incidents_time(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }

    [Theory]
    [InlineData("he started texting me in march")]
    [InlineData("it started in september and hasnt stopped")]
    [InlineData("그 사람이 들어온 건 어제 밤이었어요")]
    public void A_start_that_is_the_harms_own_stays_the_time(string story) => Assert.NotNull(Reader.Find(story, Today));

    [Theory]
    [InlineData("어제도 그랬고 10월부터 자꾸 회사 앞에서 기다려요", "10월부터")]
    [InlineData("he messaged me again yesterday, it's been since august", "since august")]
    [InlineData("지난주에 또 왔어요 여름부터 몇 번이나", "여름부터")]
    public void A_repeated_harm_is_offered_as_its_span(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }

    [Theory]
    [InlineData("지난주에 만졌어요 3월부터 상담받고 있어요", "지난주")]
    [InlineData("last week he grabbed me. i've been in therapy since march", "last week")]
    public void A_span_that_is_not_the_harm_told_as_repeated_is_not_offered(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }
}
