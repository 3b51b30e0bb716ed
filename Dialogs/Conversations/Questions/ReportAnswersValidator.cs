using FluentValidation;
using FluentValidation.Results;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// Checks the answers a report keeps under <see cref="IncidentReport.Answers"/> before it is saved: each belongs to a
/// question this host asks and passes its format's check (choices from the list, text and dates within bounds).
/// </summary>
public sealed class ReportAnswersValidator : AbstractValidator<IncidentReport>
{
    public ReportAnswersValidator(ReportQuestionnaire questions, Func<DateOnly> today)
    {
        RuleFor(r => r).Custom((report, context) =>
        {
            foreach (var field in report.Answers?.Keys ?? Enumerable.Empty<string>())
            {
                if (questions.Find(field) is not { } question || question.AnswerIn(report) is not { } answer)
                {
                    context.AddFailure(new ValidationFailure(field, ValidationMessages.NotInList));
                    continue;
                }

                foreach (var failure in question.Answer.Check(answer, today))
                {
                    context.AddFailure(failure);
                }
            }
        });
    }
}
