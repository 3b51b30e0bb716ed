using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Reports;

/// <summary>Before saving, the answers of added questions are checked like the report's own parts.</summary>
public sealed class ReportAnswersValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly ReportQuestion Platform = new()
    {
        Field = "platform_report",
        Label = new TextKey("test.platform.field"),
        Ask = new TextKey("test.platform.ask"),
        Answer = ChoiceAnswer.AnyOf(new ReportChoice("Told", new TextKey("test.told")), new ReportChoice("NotYet", new TextKey("test.not_yet"))) with { None = "NotYet" },
    };

    private static readonly ReportQuestion Nickname = new()
    {
        Field = "app_name",
        Label = new TextKey("test.app.field"),
        Ask = new TextKey("test.app.ask"),
        Answer = new TextAnswer(10),
    };

    private static readonly ReportQuestion Noticed = new()
    {
        Field = "noticed",
        Label = new TextKey("test.noticed.field"),
        Ask = new TextKey("test.noticed.ask"),
        Answer = new DateAnswer(),
    };

    private readonly IncidentReportValidator _validator =
        new(() => Today, new ReportAnswersValidator(new ReportQuestionnaire([.. ReportQuestions.All, Platform, Nickname, Noticed]), () => Today));

    [Fact]
    public void Answers_that_their_questions_accept_are_valid()
    {
        var report = With(With(With(new IncidentReport(), Platform, new List<string> { "Told" }), Nickname, "Kakao"), Noticed, IncidentPeriod.On(Today));

        Assert.True(_validator.Validate(report).IsValid);
    }

    [Fact]
    public void A_choice_not_in_the_list_or_none_with_others_is_refused_with_the_prompts_message_keys()
    {
        var unknown = _validator.Validate(With(new IncidentReport(), Platform, new List<string> { "Maybe" }));
        var both = _validator.Validate(With(new IncidentReport(), Platform, new List<string> { "Told", "NotYet" }));

        Assert.Equal(ValidationMessages.NotInList, Assert.Single(unknown.Errors).ErrorMessage);
        Assert.Equal(ValidationMessages.ExclusiveChoice, Assert.Single(both.Errors).ErrorMessage);
    }

    [Fact]
    public void Text_over_its_limit_and_a_day_to_come_are_refused_with_the_limit_and_the_date_message()
    {
        var longText = _validator.Validate(With(new IncidentReport(), Nickname, "KakaoTalk Open Chat"));
        var future = _validator.Validate(With(new IncidentReport(), Noticed, IncidentPeriod.On(Today.AddDays(1))));

        var tooLong = Assert.Single(longText.Errors);
        Assert.Equal(ValidationMessages.TooLong, tooLong.ErrorMessage);
        Assert.Equal(10, ((IReadOnlyDictionary<string, object?>)tooLong.CustomState)["limit"]);
        Assert.Equal(ValidationMessages.DateInFuture, Assert.Single(future.Errors).ErrorMessage);
    }

    [Fact]
    public void An_answer_to_a_question_the_host_does_not_ask_is_refused()
    {
        var report = new IncidentReport { Answers = new() { ["gone"] = new JArray("x") } };

        Assert.Equal(ValidationMessages.NotInList, Assert.Single(_validator.Validate(report).Errors).ErrorMessage);
    }

    private static IncidentReport With(IncidentReport report, ReportQuestion question, object answer) =>
        AnswerSlot.InReport(question.Field).Set(report, answer);
}
