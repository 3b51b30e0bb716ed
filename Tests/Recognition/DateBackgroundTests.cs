using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// "작년 겨울부터 사귀었는데" (when a relationship began) was offered as the incident's time, and so would "we've been dating
/// since march" be when no other time followed. The start of a relationship, a job or a school is background: the story's
/// time is the next one it tells, or none. A time that is the harm's own span ("작년 겨울부터 계속 연락해요", "since march
/// he's been following me") or the day they met when it happened is still the time.
/// </summary>
public sealed class DateBackgroundTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("남친이랑 작년 겨울부터 사귀었는데 지난달에 헤어지고나서 영상 뿌린다고 해요", "지난달")]
    [InlineData("작년부터 걔랑 사귀었는데 어제 몰래 찍은거 알았어요", "어제")]
    [InlineData("2023년에 입사했는데 올해 3월에 팀장이 만졌어요", "올해 3월")]
    [InlineData("작년 봄부터 만났는데 지난주에 협박했어요", "지난주")]
    [InlineData("my bf and i have been dating since march and last week he filmed me", "last week")]
    [InlineData("i worked there since 2023, two weeks ago my manager grabbed me", "two weeks ago")]
    [InlineData("we started dating last summer and yesterday he posted my pics", "yesterday")]
    public void The_start_of_a_relationship_job_or_school_gives_way_to_the_next_time(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }

    [Theory]
    [InlineData("작년 겨울부터 사귀었는데 헤어지고 나서 계속 협박해요")]
    [InlineData("we've been dating since march and now he threatens me")]
    [InlineData("i've known him since high school and he keeps texting me")]
    public void The_start_alone_offers_no_time(string story) => Assert.Null(Reader.Find(story, Today));

    [Theory]
    [InlineData("작년 겨울부터 계속 연락해요", "작년 겨울부터 계속")]
    [InlineData("지난주에 만났는데 그때 찍었어요", "지난주")]
    [InlineData("since march he's been following me", "since march")]
    [InlineData("last friday we went out for drinks and he touched me", "last friday")]
    public void A_time_of_the_harm_itself_is_still_the_time(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }
}
