using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// "Have you told anyone?": telling the workplace or the school (HR, a manager, a teacher, a grievance office, a
/// university human rights centre) is its own choice. It was read as a support organisation, and "회사에 신고했어요"
/// (I reported it to the company) also as a police report, which the summary then showed the survivor.
/// </summary>
public sealed class WorkOrSchoolDisclosureTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("회사에 신고했어요", "ToldWorkOrSchool")]
    [InlineData("회사에신고했어요", "ToldWorkOrSchool")]
    [InlineData("학교에 신고했는데 아무것도 안 해줘요", "ToldWorkOrSchool")]
    [InlineData("팀장님한테 말씀드렸어요", "ToldWorkOrSchool")]
    [InlineData("담임쌤한테 얘기했어요", "ToldWorkOrSchool")]
    [InlineData("엄마랑 팀장님한테요", "ToldSomeoneClose,ToldWorkOrSchool")]
    [InlineData("교수님께 상담했어요", "ToldWorkOrSchool")]
    [InlineData("인사팀에 알렸어요", "ToldWorkOrSchool")]
    [InlineData("학교 인권센터에 신고 접수했어요", "ToldWorkOrSchool")]
    [InlineData("고충처리 담당자한테 얘기함", "ToldWorkOrSchool")]
    [InlineData("회사에도 알리고 경찰에도 신고했어요", "ToldWorkOrSchool,ReportedToPolice")]
    [InlineData("친구한테 말하고 상사한테도 보고했어요", "ToldSomeoneClose,ToldWorkOrSchool")]
    [InlineData("I told HR", "ToldWorkOrSchool")]
    [InlineData("i reported it to my manager", "ToldWorkOrSchool")]
    [InlineData("reported him to the school", "ToldWorkOrSchool")]
    [InlineData("went to title ix", "ToldWorkOrSchool")]
    [InlineData("I told my professor what happened", "ToldWorkOrSchool")]
    [InlineData("my mom and my boss", "ToldSomeoneClose,ToldWorkOrSchool")]
    // What was kept as it was.
    [InlineData("신고했어요", "ReportedToPolice")]
    [InlineData("경찰에 신고했어요", "ReportedToPolice")]
    [InlineData("학교 상담센터에 갔어요", "ToldSupportOrganisation")]
    [InlineData("I talked to a counselor at school", "ToldSupportOrganisation")]
    [InlineData("i told my friend from work", "ToldSomeoneClose")]
    [InlineData("회사 사람이 그랬는데 아무한테도 말 못했어요", "NoOneYet")]
    [InlineData("I haven't told my boss or anyone", "NoOneYet")]
    [InlineData("학교에는 말 안 했어요", "NoOneYet")]
    public void A_workplace_or_school_told_is_its_own_choice_and_not_the_police(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "disclosures");
        var picked = AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec);
        Assert.Equal(expected.Split(',').Order(), picked.Order());
    }
}
