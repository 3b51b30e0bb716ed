using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The time a story mentions among its other words, as the story offer shows it: the time words alone, read as the "when"
/// question reads them; nothing for words that only look like a time.
/// </summary>
public sealed class DateFinderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("작년3월에회식에서 팀장이 자꾸 허벅지를 만졌거든요", "작년3월", "2025-03-01")]
    [InlineData("두어 달 전에 헤어진 전남친이 제 사진을 올렸대요", "두어 달 전에", "2026-09-25")]
    [InlineData("지난달 말쯤 인스타 디엠으로 모르는 계정이 보냈어요", "지난달 말쯤", "2026-10-28")]
    [InlineData("설 연휴 때 친척 오빠가 방에 들어왔어요", "설 연휴 때", null)]
    [InlineData("so last march at my friends party this guy followed me", "last march", "2026-03-15")]
    [InlineData("two months ago at the gym a trainer kept filming me", "two months ago", "2026-09-25")]
    [InlineData("sometime last spring my professor started texting me", "sometime last spring", "2026-04-15")]
    [InlineData("in may my tutor started messaging me", "may", "2026-05-15")]
    [InlineData("여름방학 때 학원에서 강사가 치근덕댔어요", "여름방학 때", "2026-07-15")]
    [InlineData("열흘 전에 택시에서 그랬어요", "열흘 전에", "2026-11-15")]
    [InlineData("at thanksgiving my cousin came into my room", "thanksgiving", null)]
    [InlineData("추석에 친척이 그랬어요", "추석", null)]
    [InlineData("a month ago my ex made a fake insta with my photos and started messaging my friends", "a month ago", "2026-10-25")]
    [InlineData("so about a year ago my tutor started sending me stuff", "about a year ago", "2025-11-25")]
    [InlineData("it was a day ago, at the station", "a day ago", "2026-11-24")]
    [InlineData("it was like a year ago my tutor started sending me stuff", "a year ago", "2025-11-25")]
    public void A_time_inside_a_story_is_found_with_its_own_words(string story, string words, string? within)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
        if (within is null)
        {
            Assert.True(found.Reading.WordsOnly);
            return;
        }

        var day = DateOnly.Parse(within, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(day, found.Reading.From!.Value, found.Reading.To ?? found.Reading.From!.Value);
    }

    [Theory]
    [InlineData("전남친이 경찰에 신고하면 사진 뿌린대요")]
    [InlineData("대학 동기가 친구들한테 사진을 보냈어요")]
    [InlineData("he may post it tonight")]
    [InlineData("i told him to stop and he came back")]
    [InlineData("he says he will post the video tomorrow")]
    [InlineData("지금도 계속 연락이 와요")]
    [InlineData("a guy from my college keeps sending me pics")]
    [InlineData("someone made deepfake porn of me and its going around my uni group chat")]
    [InlineData("a teacher at our high school posted it")]
    public void Words_that_only_look_like_a_time_are_not_one(string story) => Assert.Null(Reader.Find(story, Today));

    [Theory]
    [InlineData("it happened when i was at my uni", "when")]
    [InlineData("it started in my college years", "college years")]
    [InlineData("back in high school my coach touched me", "high school")]
    public void A_stage_of_life_said_as_a_time_is_still_one(string story, string part)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Contains(part, found.Words, StringComparison.Ordinal);
        Assert.True(found.Reading.WordsOnly);
    }
}
