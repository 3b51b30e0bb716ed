using FluentValidation.Results;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// How a report question is asked and how its answer reads: the prompt that asks it (with the recognition every
/// prompt has: skip, ask once, "as written" after two misses), what the prompt's result means as an answer, and the
/// answer in words for the summary. Answers are plain values: the picked choice values (a list of strings), a text,
/// an <see cref="Reports.IncidentPeriod"/>, or the story's messages (a list of strings).
/// </summary>
public abstract record AnswerFormat
{
    /// <summary>The prompt (or dialog) that asks a question with this field.</summary>
    public virtual string PromptId(string field) => "report." + field;

    /// <summary>The question's own prompt, registered with it; null when the format uses a prompt registered once for all.</summary>
    public abstract Dialog? CreatePrompt(string promptId, Func<DateOnly> today);

    /// <summary>What the prompt asks; every report question can be skipped and keeps unreadable words as written.</summary>
    public virtual PromptOptions Options(string field, TextKey ask, TextKey? retry) =>
        new() { PromptKey = ask.Name, RetryKey = retry?.Name, AllowSkip = true, KeepAsWritten = true };

    /// <summary>The answer in a prompt's result (never a skip or words kept as written: those are no answer).</summary>
    public abstract object? Read(object result);

    /// <summary>An answer as kept in the report's JSON (see <see cref="AnswerSlot.InReport"/>).</summary>
    public abstract object? FromJson(JToken json);

    /// <summary>What is wrong with a kept answer (message keys, as the prompts give them): the check before saving.</summary>
    public abstract IEnumerable<ValidationFailure> Check(object answer, Func<DateOnly> today);

    /// <summary>The answer in words, in the survivor's language, for the summary.</summary>
    public abstract string Describe(object answer, ITextCatalog texts, Language language);
}
