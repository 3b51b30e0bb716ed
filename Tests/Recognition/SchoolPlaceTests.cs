using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Places of the school day and of part-time work inside a story ("야자 끝나고 독서실 앞에서", "after school at the academy",
/// "during homeroom") were not offered at "where": the place lists held 학원 and 학교 but not 독서실, 급식실, 복도, academy or
/// homeroom. A school word that is only a time ("수능 끝나고", "after school") or a person ("학원쌤") is no place.
/// </summary>
public sealed class SchoolPlaceTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.For(new PhraseCatalog());

    [Theory]
    [InlineData("야자 끝나고 독서실 앞에서 어떤 남자가 따라왔어요", "독서실")]
    [InlineData("학교 끝나고 학원에서 선생님이 만졌어요", "학원")]
    [InlineData("점심시간에 급식실에서 선배가 찍었어요", "급식실")]
    [InlineData("쉬는시간에 복도에서 계속 만졌어요", "복도")]
    [InlineData("after school at the academy my tutor touched me", "academy")]
    [InlineData("during homeroom my teacher kept touching me", "homeroom")]
    [InlineData("it happened in the cafeteria during lunch", "cafeteria")]
    public void A_school_place_in_a_story_is_found(string text, string place) =>
        Assert.Contains(place, Finder.Find(text) ?? string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("수능 끝나고 학원쌤이 밥사준다고 불러서 만졌어요")]
    [InlineData("after school my tutor kept texting me")]
    public void A_school_time_or_person_is_no_place(string text) => Assert.Null(Finder.Find(text));
}
