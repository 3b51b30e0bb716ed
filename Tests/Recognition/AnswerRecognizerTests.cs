using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The answer recogniser reads a message the way the recognition layer does: spacing, endings, typos, full-width
/// letters; negation stays in its clause; positions can be said in words.
/// </summary>
public sealed class AnswerRecognizerTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("types", "회사상사가회식끝나고억지로만졌어요", "HarassmentAtWorkOrSchool,SexualAssault")]
    [InlineData("types", "불법쵤영 당했어요", "IllegalFilming")]
    [InlineData("types", "스토컹 당하고 있어요", "Stalking")]
    [InlineData("types", "my boss harrassed me and groped me", "HarassmentAtWorkOrSchool,SexualAssault")]
    [InlineData("evidence", "screenshts", "ScreenshotsOrPhotos")]
    [InlineData("wishes", "i want it gone and i want him to pay for it", "LegalHelp,TakedownHelp")]
    [InlineData("wishes", "영상 내려가고 그 사람이 죗값을 치르면 좋겠어요", "LegalHelp,TakedownHelp")]
    [InlineData("evidence", "ＣＣＴＶ 영상", "VideosOrFiles")]
    [InlineData("evidence", "사진은 없고 카톡만 있어요", "Messages")]
    [InlineData("evidence", "I don't have screenshots", "None")]
    [InlineData("online", "아직 안 지워졌어요", "StillOnline")]
    [InlineData("online", "it hasn't been taken down", "StillOnline")]
    [InlineData("disclosures", "경찰에 신고는 안 했어요", "NoOneYet")]
    [InlineData("who", "남자친구는 아니고 그냥 아는 오빠예요", "FriendOrAcquaintance")]
    [InlineData("disclosures", "아뇨", "NoOneYet")]
    [InlineData("disclosures", "아니요 아직", "NoOneYet")]
    [InlineData("evidence", "아니요", "None")]
    [InlineData("evidence", "ㄴㄴ", "None")]
    [InlineData("disclosures", "아니요 친구한테는 말했어요", "ToldSomeoneClose")]
    [InlineData("disclosures", "아니 언니한테만", "ToldSomeoneClose")]
    [InlineData("disclosures", "아뇨 상담소에 한번 전화했어요", "ToldSupportOrganisation")]
    [InlineData("disclosures", "아니요 친구한테도 말 못 했어요", "NoOneYet")]
    [InlineData("online", "아니 아직 안 지워졌어요", "StillOnline")]
    [InlineData("types", "아니요 그냥 만졌어요", "SexualAssault")]
    [InlineData("disclosures", "친구 말고는 아무도 몰라요", "ToldSomeoneClose")]
    [InlineData("disclosures", "엄마한테밖에 말 안 했어요", "ToldSomeoneClose")]
    [InlineData("disclosures", "언니 빼고는 아무한테도 말 못했어요", "ToldSomeoneClose")]
    [InlineData("disclosures", "nobody except my bf", "ToldSomeoneClose")]
    [InlineData("evidence", "캡처 말고는 없어요", "ScreenshotsOrPhotos")]
    [InlineData("disclosures", "경찰 말고 친구한테 말했어요", "ToldSomeoneClose")]
    // None of the listed choices fits: the question's own "other".
    [InlineData("types", "none of these really", "Other")]
    [InlineData("types", "해당되는 게 없어요", "Other")]
    [InlineData("who", "none of those", "Other")]
    [InlineData("who", "다 아니에요", "Other")]
    // One letter off is still a typo when nothing follows ("올린데요" for "올린대요", they say they'll post it)...
    [InlineData("types", "전남친이 사진 올린데요", "NonConsensualSharing")]
    public void Words_pick_the_choices_they_mean(string question, string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == question);
        var picked = AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec);
        Assert.Equal(expected.Split(','), picked);
    }

    [Theory]
    [InlineData("types", "그냥 너무 힘들어요")]
    [InlineData("who", "말하고 싶지 않아요")]
    [InlineData("types", "I'd rather not say")]
    // "Other" only from words about the list, never a bare "other" or "neither" in a story.
    [InlineData("types", "other people at the party saw it")]
    [InlineData("who", "neither of us said anything")]
    // ...but not when the window ends where a word begins ("올린 다음날", the day after posting, is no "올린대").
    [InlineData("types", "글 올린 다음날부터요")]
    [InlineData("types", "폭로 글 올린 다음부터 그래요")]
    public void Words_that_fit_no_choice_pick_nothing(string question, string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == question);
        Assert.Empty(AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("1이랑 3", new[] { 0, 2 })]
    [InlineData("첫번째랑 세번째", new[] { 0, 2 })]
    [InlineData("the first and the last", new[] { 0, 8 })]
    [InlineData("두 번째요", new[] { 1 })]
    public void Positions_said_in_words_are_read(string text, int[] expected) =>
        Assert.Equal(expected, AnswerRecognizer.For(Phrases).Ordinals.Read(text, 9));

    [Theory]
    [InlineData("the first time he did it was at work")]
    [InlineData("처음에는 괜찮았어요")]
    [InlineData("12")]
    public void Positions_inside_a_story_or_out_of_range_are_not_picks(string text) =>
        Assert.Null(AnswerRecognizer.For(Phrases).Ordinals.Read(text, 9));
}
