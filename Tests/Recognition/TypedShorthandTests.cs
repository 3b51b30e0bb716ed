using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// How the words are typed (the fourteenth blind batches' first run, in other words than the sets'): a letter held down
/// ("dieeee"), texting spellings ("sm1", "wat", "l8r", "apt"), romanized Korean crisis words ("jukgo sipda", "sallyeojuseyo"),
/// 싫어 typed as it sounds ("시러"), an amount of pills hedged ("took about 30 tablets"), someone in the home said in the present
/// ("someone is in my apt"), ㄱㄱ and net endings ending a request ("상담사 연결 ㄱㄱ", "기록 지워주셈"), and their look-alikes:
/// "kms lol" and a time "took about an hour" raise nothing, ㄱㄱ in someone else's words is no request.
/// </summary>
public sealed class TypedShorthandTests
{
    private static readonly PhraseCatalog Phrases = new();
    private static readonly Recognizer Recognizer = Recognizer.For(Phrases);

    [Theory]
    [InlineData("i wanna dieeee")]
    [InlineData("jukgo sipda")]
    [InlineData("jukgo sipeoyo jinjja")]
    [InlineData("요즘 살기 시러요")]
    [InlineData("사는게 싫어요 진짜")]
    public void A_wish_to_die_typed_any_way_gets_109_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.SuicidePrevention, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("sallyeojuseyo")]
    [InlineData("someone is in my apt rn")]
    [InlineData("theres a guy outside my apt")]
    public void Danger_now_typed_any_way_gets_the_numbers(string text) =>
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("i took about 30 tablets")]
    [InlineData("swallowed like 15 pills an hour ago")]
    public void An_amount_of_pills_hedged_gets_the_ambulance_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.Ambulance, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("kms lol i forgot my charger")]
    [InlineData("it took about an hour to get home")]
    [InlineData("he took like forever to answer")]
    [InlineData("he is my coworker")]
    [InlineData("sooo tired of this paperwork lol")]
    public void Look_alikes_raise_nothing(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("상담사 연결 ㄱㄱ", "counsellor")]
    [InlineData("기록 삭제 ㄱㄱ", "delete")]
    [InlineData("제 기록 지워주셈", "delete")]
    [InlineData("can sm1 real talk to me", "counsellor")]
    [InlineData("pleaseee delete my data", "delete")]
    public void Requests_typed_in_shorthand_are_requests(string text, string intent)
    {
        var match = Recognizer.Best(text);
        Assert.NotNull(match);
        Assert.Equal(intent, match.Name);
    }

    [Theory]
    [InlineData("걔가 ㄱㄱ 하자고 해서 따라갔어요")]
    [InlineData("ㅋㅋ ㄱㄱ")]
    public void Go_go_alone_or_in_someone_elses_words_is_no_request(string text)
    {
        var match = Recognizer.Best(text);
        Assert.True(match is null || !match.IsSure, text + " -> " + match?.Name);
    }
}
