using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The two classes the seventh blind PII batch aimed at, in other words than the set's: an English building or business
/// named with a floor or a unit is replaced (the floor stays), while ordinary places with a floor and units that are no
/// home reach the counsellor unchanged; a Korean given name outside the list, called out in reported speech, is replaced,
/// while everyday words that end like a name called out stay.
/// </summary>
public sealed class BuildingAndCalledOutNameRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("his company is in Samsung Tower 17F", "his company is in [address] 17F")]
    [InlineData("the 5th floor of Hyundai Plaza", "the 5th floor of [address]")]
    [InlineData("we met at Jinsol Cafe, 2nd floor", "we met at [address], 2nd floor")]
    [InlineData("she rents apt 1101 in Prugio", "she rents [address]")]
    [InlineData("room C-210 at Daewoo Officetel", "[address]")]
    public void An_english_building_named_with_a_floor_or_a_unit_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("the ER on the 2nd floor")]
    [InlineData("at the Main Library 3F")]
    [InlineData("the McDonalds on the 1st floor")]
    [InlineData("the 4th floor of the Police Station")]
    [InlineData("unit 2 of the online course was useless")]
    [InlineData("I went up to the 6th floor")]
    [InlineData("Then on the 4th floor he cornered me")]
    [InlineData("it was floor 9, He said nobody comes there")]
    public void Ordinary_places_with_a_floor_and_units_that_are_no_home_stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("\"지환아 그만해\" 라고 했어요", "\"[이름]아 그만해\" 라고 했어요")]
    [InlineData("수빈아 제발 답장해 이러면서 계속 와요", "[이름]아 제발 답장해 이러면서 계속 와요")]
    [InlineData("걔가 윤희야 나와 하면서 불렀어요", "걔가 [이름]야 나와 하면서 불렀어요")]
    public void A_korean_name_called_out_in_reported_speech_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("괜찮아 그만해 라고 했어요")]
    [InlineData("친구야 제발 이러면서 울었어요")]
    [InlineData("어디야 지금 이러면서 전화 와요")]
    [InlineData("자기야 이리 와 하면서 만졌어요")]
    [InlineData("그런 경우야 라고 했어요")]
    public void Everyday_words_that_end_like_a_name_called_out_stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.Korean));
}
