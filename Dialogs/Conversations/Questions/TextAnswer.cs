using FluentValidation.Results;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>A short answer in the survivor's words, up to a length (a longer one is asked again, kindly, with the limit).</summary>
public sealed record TextAnswer(int MaxLength) : AnswerFormat
{
    /// <summary>The answer is a place, which a story may already tell (<see cref="Recognition.PlaceFinder"/>).</summary>
    public bool IsPlace { get; init; }

    public override Dialog? CreatePrompt(string promptId, Func<DateOnly> today) =>
        new TextPrompt(promptId, new TextLengthValidator(MaxLength)) { BareYesOrNoIsNoAnswer = IsPlace };

    public override object? Read(object result) => result as string;

    public override object? FromJson(JToken json) => json.Value<string>();

    public override IEnumerable<ValidationFailure> Check(object answer, Func<DateOnly> today) =>
        new TextLengthValidator(MaxLength).Validate((string)answer).Errors;

    public override string Describe(object answer, ITextCatalog texts, Language language) => (string)answer;
}
