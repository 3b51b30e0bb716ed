using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// At the evidence question, an answer that is really the help wanted ("영상 지워주는거랑 고소하는법 알고싶어요", "i just
/// want it taken down and to know if i can sue") named a video or photos as evidence held. A clause that says a wish
/// (알고 싶어요, 원해요, 지워 주세요, want, need, how do I) and nowhere says it holds something names no choice; a clause that
/// says it holds something ("캡처 있는데", "i have screenshots and i want to sue") still does.
/// </summary>
public sealed class EvidenceWishAnswerTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("영상 지워주는거랑 고소하는법 알고싶어요")]
    [InlineData("사진 좀 내려주세요 제발")]
    [InlineData("동영상 삭제하는 방법 알려주세요")]
    [InlineData("그 영상 없어졌으면 좋겠어요")]
    [InlineData("카톡 내용으로 고소할 수 있는지 알고 싶어요")]
    [InlineData("i just want it taken down and to know if i can sue")]
    [InlineData("i need the pics gone")]
    [InlineData("how do i get the video removed")]
    [InlineData("can you help me get the photos deleted")]
    [InlineData("i want those messages to stop")]
    public void A_wish_names_no_evidence_held(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "evidence");
        Assert.Empty(AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("캡처 있는데 고소하고 싶어요", "ScreenshotsOrPhotos")]
    [InlineData("영상 저장해둔거 있어요 지워주세요", "VideosOrFiles")]
    [InlineData("카톡은 다 갖고 있어요", "Messages")]
    [InlineData("i have screenshots and i want to sue", "ScreenshotsOrPhotos")]
    [InlineData("i kept the texts, i want him charged", "Messages")]
    [InlineData("i need to keep the recording safe", "VideosOrFiles")]
    [InlineData("사진이요", "ScreenshotsOrPhotos")]
    [InlineData("my friend has screenshots", "ScreenshotsOrPhotos")]
    public void Evidence_said_with_a_wish_is_still_evidence(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "evidence");
        Assert.Equal(expected.Split(','), AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
