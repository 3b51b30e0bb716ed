using FluentValidation;

namespace ReportBot.Dialogs.Reports;

/// <summary>Checks a whole report before it is saved: lengths, dates, values from the lists.</summary>
public sealed class IncidentReportValidator : AbstractValidator<IncidentReport>
{
    /// <param name="answers">Checks the answers of questions without a property of their own (see <c>ReportAnswersValidator</c>).</param>
    public IncidentReportValidator(Func<DateOnly> today, IValidator<IncidentReport>? answers = null)
    {
        if (answers is not null)
        {
            Include(answers);
        }

        RuleForEach(r => r.Types).IsInEnum().WithMessage(ValidationMessages.NotInList);
        RuleFor(r => r.Types)
            .Must(t => t is null || t.Distinct().Count() == t.Count)
            .WithMessage(ValidationMessages.NotInList);

        RuleForEach(r => r.Narrative)
            .NotEmpty()
            .MaximumLength(IncidentReport.MaxNarrativePartChars)
            .WithMessage(ValidationMessages.TooLong)
            .WithState(_ => ValidationMessages.Limit(IncidentReport.MaxNarrativePartChars));
        RuleFor(r => r.Narrative)
            .Must(n => n is null || n.Sum(p => p.Length) <= IncidentReport.MaxNarrativeChars)
            .WithMessage(ValidationMessages.TooLong)
            .WithState(_ => ValidationMessages.Limit(IncidentReport.MaxNarrativeChars));

        RuleFor(r => r.When!).SetValidator(new IncidentPeriodValidator(today)).When(r => r.When is not null);

        RuleFor(r => r.Place)
            .MaximumLength(IncidentReport.MaxPlaceChars)
            .WithMessage(ValidationMessages.TooLong)
            .WithState(_ => ValidationMessages.Limit(IncidentReport.MaxPlaceChars));

        RuleFor(r => r.Relationship).IsInEnum().WithMessage(ValidationMessages.NotInList);
        RuleForEach(r => r.Evidence).IsInEnum().WithMessage(ValidationMessages.NotInList);
        RuleFor(r => r.Evidence)
            .Must(e => e is null || e.Count == 1 || !e.Contains(EvidenceKind.None))
            .WithMessage(ValidationMessages.ExclusiveChoice);
        RuleFor(r => r.StillOnline).IsInEnum().WithMessage(ValidationMessages.NotInList);
        RuleForEach(r => r.Disclosures).IsInEnum().WithMessage(ValidationMessages.NotInList);
        RuleFor(r => r.Disclosures)
            .Must(d => d is null || d.Count == 1 || !d.Contains(Disclosure.NoOneYet))
            .WithMessage(ValidationMessages.ExclusiveChoice);
        RuleForEach(r => r.Wishes).IsInEnum().WithMessage(ValidationMessages.NotInList);

        RuleFor(r => r.Additions)
            .Must(a => a.Count <= IncidentReport.MaxAdditions)
            .WithMessage(ValidationMessages.TooManyParts)
            .WithState(_ => ValidationMessages.Limit(IncidentReport.MaxAdditions));
        RuleForEach(r => r.Additions)
            .Must(a => a.Text.Length is > 0 and <= IncidentReport.MaxNarrativePartChars)
            .WithMessage(ValidationMessages.TooLong)
            .WithState(_ => ValidationMessages.Limit(IncidentReport.MaxNarrativePartChars));
    }
}
