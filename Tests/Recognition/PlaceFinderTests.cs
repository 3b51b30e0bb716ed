using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>Where something happened, found in a story as the "where" offer shows it; nothing for place words not used as places.</summary>
public sealed class PlaceFinderTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.For(new PhraseCatalog());

    [Theory]
    [InlineData("작년3월에회식에서 팀장이 자꾸 허벅지를 만졌거든요", "회식")]
    [InlineData("회식 자리에서 과장님이 어깨를 주물렀어요", "회식 자리")]
    [InlineData("학교 화장실에서 누가 몰카 찍은 것 같아요", "학교 화장실")]
    [InlineData("회사 사람들이랑 노래방 갔는데 과장님이 억지로 껴안았음", "노래방")]
    [InlineData("어제 학원 끝나고 버스에서 어떤 아저씨가 몸을 밀착했어요", "버스")]
    [InlineData("퇴근하는데 회사 앞에서 계속 기다리고 있어요", "회사 앞")]
    [InlineData("so last march at my friends party this guy followed me", "at my friends party")]
    [InlineData("a guy from my class came to my dorm and wouldnt leave", "to my dorm")]
    [InlineData("my ex posted my photos in a group chat", "in a group chat")]
    [InlineData("he grabbed me at his friend's place", "at his friend's place")]
    [InlineData("my uber driver touched my leg", "uber")]
    [InlineData("the taxi driver took a weird route and touched me", "taxi")]
    [InlineData("he kept touching me during the ride home", "during the ride home")]
    [InlineData("택시 기사가 계속 쳐다보면서 만졌어요", "택시")]
    [InlineData("부장님이 집에 데려다준다고 해서 차에 탔는데 거기서 만졌어요", "차")]
    [InlineData("오픈채팅방에서 만난 사람이 협박해요", "오픈채팅방")]
    public void A_place_told_in_a_story_is_found(string story, string place) => Assert.Equal(place, Finder.Find(story));

    [Theory]
    [InlineData("가방에 몰래 카메라를 넣어놨어요")]
    [InlineData("회사 사람들한테 사진을 보냈대요")]
    [InlineData("im in a really bad place since it happened")]
    [InlineData("he put something in my drink")]
    [InlineData("he offered me a ride and i said no")]
    public void Place_words_not_used_as_a_place_are_not_one(string story) => Assert.Null(Finder.Find(story));
}
