using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The backlash after speaking out, as the report reads its kind (the lead's known misses and report.blind10's first run, in
/// other words than theirs). A leak of a name, address, phone, school or workplace is doxxing (online harassment), a leak of
/// pictures or videos is sharing, and both leaked at once is both ("leak" and "유출" alone were read as images shared). A fake
/// account or impersonation is online harassment, not sharing, though it uses her photos; with an edited or synthesised picture
/// it is also a deepfake. Slurs and pile-ons after speaking out ("꽃뱀", "몰아가요", "brigading", "gold digger") are online
/// harassment; a lawyer's letter is a counter-suit, and "my post" alone is no harassment.
/// </summary>
public sealed class InformationLeakAndImpersonationTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("제 전화번호가 유출됐어요", "OnlineHarassment")]
    [InlineData("집주소랑 학교가 다 털렸어요", "OnlineHarassment")]
    [InlineData("누가 제 실명을 퍼뜨렸어요", "OnlineHarassment")]
    [InlineData("회사 이름까지 공개됐어요", "OnlineHarassment")]
    [InlineData("somebody leaked my home address", "OnlineHarassment")]
    [InlineData("my phone number got leaked on a forum", "OnlineHarassment")]
    [InlineData("they exposed where i work", "OnlineHarassment")]
    public void A_leak_of_information_is_doxxing(string text, string expected) => Assert.Equal(Sorted(expected), Predict(text));

    [Theory]
    [InlineData("제 사진이 유출됐어요", "NonConsensualSharing")]
    [InlineData("영상이 퍼졌대요", "NonConsensualSharing")]
    [InlineData("유출됐어요", "NonConsensualSharing")]
    [InlineData("회사에 영상 뿌린대요", "NonConsensualSharing")]
    [InlineData("학교 단톡방에 사진 올렸어요", "NonConsensualSharing")]
    [InlineData("이름 모르는 사람이 사진 올렸어요", "NonConsensualSharing")]
    [InlineData("the pictures leaked", "NonConsensualSharing")]
    [InlineData("my videos got leaked", "NonConsensualSharing")]
    [InlineData("someone from my school spread my nudes", "NonConsensualSharing")]
    public void A_leak_of_images_is_still_sharing(string text, string expected) => Assert.Equal(Sorted(expected), Predict(text));

    [Theory]
    [InlineData("he leaked my pics and my phone number", "NonConsensualSharing,OnlineHarassment")]
    [InlineData("사진이랑 번호까지 다 유출됐어요", "NonConsensualSharing,OnlineHarassment")]
    public void A_leak_of_both_is_both(string text, string expected) => Assert.Equal(Sorted(expected), Predict(text));

    [Theory]
    [InlineData("누가 제 프사 도용해서 사칭 계정 만들었어요", "OnlineHarassment")]
    [InlineData("가짜계정으로 제 사진 올리면서 야한 댓글 달아요", "OnlineHarassment")]
    [InlineData("someone made a fake profile with my pictures and posts sexual comments", "OnlineHarassment")]
    [InlineData("a guy is impersonating me and posting my photos", "OnlineHarassment")]
    [InlineData("가짜 계정에 제 얼굴 합성한 사진을 올렸어요", "Deepfake,OnlineHarassment")]
    [InlineData("he made a fake account and posted photoshopped nudes of me", "Deepfake,NonConsensualSharing,OnlineHarassment")]
    public void Impersonation_is_online_harassment_and_an_edited_picture_also_a_deepfake(string text, string expected) =>
        Assert.Equal(Sorted(expected), Predict(text));

    [Theory]
    [InlineData("신고한 뒤로 동기들이 저를 꽃뱀으로 몰아갔어요", "OnlineHarassment")]
    [InlineData("커뮤에서 마녀사냥 당하고 있어요", "OnlineHarassment")]
    [InlineData("people keep dogpiling me and calling me a gold digger", "OnlineHarassment")]
    [InlineData("i get hate messages every day", "OnlineHarassment")]
    [InlineData("his lawyer says im going to be sued", "CounterLawsuit")]
    [InlineData("i got a legal notice because of my post", "CounterLawsuit")]
    public void Slurs_pile_ons_and_a_lawyers_letter_after_speaking_out(string text, string expected) => Assert.Equal(Sorted(expected), Predict(text));

    private static string[] Predict(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "types");
        return [.. AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec).Order(StringComparer.Ordinal)];
    }

    private static string[] Sorted(string values) => [.. values.Split(',').Order(StringComparer.Ordinal)];
}
