using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The eleventh report batch's other misses, as classes in other words: someone from a frat, a sorority or one's dorm floor is
/// someone known; filming then posting said with "it" ("he filmed me and then posted it") is filming and
/// sharing (the Korean "찍어서 올렸어요", split at -어서, is left); the first days of a job ("my first week at the job", "첫 출근 때") are a time kept as words; asking whether one must
/// give the person's name ("이름도 말해야 돼요?") is a question back, not an answer.
/// </summary>
public sealed class RoleListAndSeasonAnswerTests
{
    private static readonly PhraseCatalog Phrases = new();
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("some guy from his fraternity")]
    [InlineData("a girl from my sorority")]
    [InlineData("a guy on my floor")]
    public void A_frat_or_a_dorm_floor_is_someone_known(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "who");
        Assert.Equal(["FriendOrAcquaintance"], AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("he filmed me and then posted it")]
    [InlineData("recorded me and shared it with his friends")]
    public void Filming_then_posting_it_is_both_kinds(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "types");
        var picked = AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec);
        Assert.Contains("IllegalFilming", picked);
        Assert.Contains("NonConsensualSharing", picked);
    }

    [Theory]
    [InlineData("my first week at the job")]
    [InlineData("first day on the job")]
    [InlineData("첫 출근 때요")]
    [InlineData("입사 첫 달이었어요")]
    public void The_first_days_of_a_job_are_kept_as_words(string text)
    {
        var period = IncidentPeriodPrompt.Read(text, Today, Phrases);
        Assert.NotNull(period);
        Assert.NotNull(period.Words);
    }

    [Theory]
    [InlineData("이름도 말해야 돼요?")]
    [InlineData("실명을 말해야 되나요?")]
    public void Asking_whether_to_give_a_name_is_a_question_back(string text) =>
        Assert.Equal("why", QuestionBack.For(Phrases).Worry(text));
}
