using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// One blind line said where it belongs in a report conversation (<see cref="ReportAnswerBlindTests"/>), and what the
/// survivor saw: the next question at once (nothing flagged, nothing asked again), the choices said back, the story's
/// parts offered.
/// </summary>
public sealed class BlindWalk(DialogTestHost host, BlindLine line)
{
    private readonly ITextCatalog _texts = host.Services.GetRequiredService<ITextCatalog>();
    private readonly IPhraseCatalog _phrases = host.Services.GetRequiredService<IPhraseCatalog>();
    private readonly Language _language = line.Language == "ko" ? Language.Korean : Language.English;

    /// <summary>Today in Seoul on the test clock (<see cref="ReportTestHost.Noon"/>).</summary>
    private static readonly DateOnly Today = new(2026, 11, 25);

    public async Task<IReadOnlyList<BlindOutcome>> RunAsync()
    {
        await (_language == Language.Korean ? host.StartKoreanReportAsync() : host.StartEnglishReportAsync());
        return line.Question switch
        {
            "story" => await StoryAsync(),
            "ordinary" when line.Expected == "narrative" => [await NarrativeLineAsync("ordinary")],
            "ordinary" => [await AnswerAsync("ordinary", "place")],
            "asks" => [await QuestionBackAsync()],
            var question => [await AnswerAsync(question, question)],
        };
    }

    /// <summary>Said at the story question: only "anything more?" may come back.</summary>
    private async Task<BlindOutcome> NarrativeLineAsync(string aspect)
    {
        await host.SkipUntilAsync(_language, ReportText.AskNarrative);
        var replies = await host.Say(line.Text);
        return new BlindOutcome(line, aspect, replies == Text(ReportText.NarrativeMore) ? null : "flagged: " + Short(replies));
    }

    private async Task<IReadOnlyList<BlindOutcome>> StoryAsync()
    {
        var outcomes = new List<BlindOutcome> { await NarrativeLineAsync("story") };
        var replies = await host.Say(_language == Language.Korean ? "다 했어요" : "done");
        foreach (var (field, part) in new[] { ("when", "when"), ("place", "where"), ("who", "who") })
        {
            var question = ReportQuestions.Find(field)!;
            var offered = Offered(replies, question);
            if (line.StoryPart(part) is { } expected)
            {
                outcomes.Add(new BlindOutcome(line, "story " + part, CheckOffer(offered, expected, question)));
            }
            else if (line.ListsEveryPart)
            {
                outcomes.Add(new BlindOutcome(line, "story extra", offered is null ? null : "offered " + part + ": " + offered));
            }

            replies = await host.Say(offered is null ? ReportWalk.Skip(_language) : Yes);
        }

        return outcomes;
    }

    private string? CheckOffer(string? offered, string expected, ReportQuestion question)
    {
        if (offered is null)
        {
            return "not offered";
        }

        if (question.Field == "who")
        {
            var label = Text(ReportChoices.Label(ReportChoices.Relationships, Enum.Parse<Relationship>(expected)));
            return offered == label ? null : "offered " + offered;
        }

        // The time or place itself, not the survivor's whole clause around it.
        var words = Compact(offered);
        var whole = Compact(line.Text);
        return !words.Contains(Compact(expected), StringComparison.OrdinalIgnoreCase) ? "offered " + offered
            : whole.Length > Compact(expected).Length + 8 && words.Contains(whole, StringComparison.OrdinalIgnoreCase) ? "whole clause offered: " + offered
            : null;
    }

    /// <summary>
    /// Said at <paramref name="field"/>'s question: the next question must follow at once, with what the line means. An
    /// answer split over two messages (" >> ") is said a half at a time until the bot moves on, and checked there.
    /// </summary>
    private async Task<BlindOutcome> AnswerAsync(string aspect, string field)
    {
        var question = ReportQuestions.Find(field)!;
        await ReachAsync(question);
        var next = ReportQuestions.All.SkipWhile(q => q != question).Skip(1).FirstOrDefault();
        var nextText = next is null ? Text(ReportText.SummaryIntro) : Text(next.Ask).Split('\n')[0];
        var parts = line.Text.Split(Separator, StringSplitOptions.TrimEntries);
        var replies = string.Empty;
        var taken = parts[0];
        var list = question.Answer is ChoiceAnswer { Many: true };
        var said = new List<string>();
        foreach (var part in parts)
        {
            taken = part;
            replies = await host.Say(part);
            said.Add(replies);
            if (question == ReportQuestions.All[0] && replies.Contains(Text(StoryText.KeptFromAnswer).Split('\n')[0], StringComparison.Ordinal))
            {
                // "What happened" answered by telling it: the words are kept as the story's start and the story question
                // asks for anything to add (StoryText.AddMore) instead of the story; that is moving on.
                nextText = Text(StoryText.KeptFromAnswer).Split('\n')[0];
            }

            if (replies.Contains(nextText, StringComparison.Ordinal) && !list)
            {
                break;
            }
        }

        if (list && said.Any(r => r.Contains(nextText, StringComparison.Ordinal)))
        {
            // A list answer's rest may come after the bot moved on ("screenshots" then "plus the texts"): every half is said, and
            // the line is checked on everything up to the last time the next question was asked.
            var all = string.Join("\n", said);
            replies = all[..(all.LastIndexOf(nextText, StringComparison.Ordinal) + nextText.Length)];
        }

        if (line.Expected == "-")
        {
            // A wish or a question said at a choice question is no choice: asked again, or moved on with no choice said back.
            return new BlindOutcome(line, aspect, !replies.Contains(nextText, StringComparison.Ordinal) || !replies.Contains(UnderstoodHead, StringComparison.Ordinal)
                ? null : "taken as a choice: " + Short(replies));
        }

        if (!replies.Contains(nextText, StringComparison.Ordinal))
        {
            return new BlindOutcome(line, aspect, "not taken: " + Short(replies));
        }

        var before = replies[..(list ? replies.LastIndexOf(nextText, StringComparison.Ordinal) : replies.IndexOf(nextText, StringComparison.Ordinal))];
        return question.Answer switch
        {
            _ when field == "when" => new BlindOutcome(line, aspect, CheckDate(before, taken)),
            ChoiceAnswer choice => new BlindOutcome(line, aspect, CheckChoices(before, choice)),
            _ => new BlindOutcome(line, aspect, before.Trim('\n', '-').Length == 0 ? null : "flagged: " + Short(before)),
        };
    }

    /// <summary>
    /// A question back to the bot at <see cref="BlindLine.Expected"/>'s question ("will he find out?"): it must be answered
    /// and the same question asked again; never taken as the answer, never retried as an unreadable answer, never flagged.
    /// </summary>
    private async Task<BlindOutcome> QuestionBackAsync()
    {
        var question = ReportQuestions.Find(line.Expected)!;
        await ReachAsync(question);
        var replies = await host.Say(line.Text);
        var next = ReportQuestions.All.SkipWhile(q => q != question).Skip(1).FirstOrDefault();
        var nextText = next is null ? Text(ReportText.SummaryIntro) : Text(next.Ask).Split('\n')[0];
        var ask = Text(question.Ask).Split('\n')[0];
        var retries = new[] { question.Retry, CommonText.RetryChoice, CommonText.RetryDate, CommonText.RetryText }
            .OfType<TextKey>().Select(k => Text(k).Split('\n')[0]);
        var miss = replies.Contains(nextText, StringComparison.Ordinal) ? "taken as the answer: "
            : retries.Any(r => replies.Contains(r, StringComparison.Ordinal)) ? "retried as unreadable: "
            : !replies.Contains(ask, StringComparison.Ordinal) ? "question not asked again: "
            : replies.IndexOf(ask, StringComparison.Ordinal) == 0 ? "not answered: "
            : null;
        return new BlindOutcome(line, "asks", miss is null ? null : miss + Short(replies));
    }

    /// <summary>Passes questions until <paramref name="question"/> is asked; the first one ("what happened") is asked as the report starts.</summary>
    private async Task ReachAsync(ReportQuestion question)
    {
        if (question != ReportQuestions.All[0])
        {
            await host.SkipUntilAsync(_language, question.Ask, most: 10);
        }
    }

    private string? CheckDate(string before, string taken)
    {
        if (before.Trim('\n', '-').Length > 0)
        {
            return "said first: " + Short(before);
        }

        // What the bot read: Korean typed with the Korean/English key in English mode is read as the Korean it spells.
        var period = IncidentPeriodPrompt.ReadAnswer(KeyboardModeSlip.For(_phrases).Read(taken) ?? taken, Today, _phrases);
        if (period is null)
        {
            return "not read";
        }

        if (line.Expected == "words")
        {
            return period.Words is not null ? null : "read as a date " + period.From;
        }

        if (line.Expected.Contains('~', StringComparison.Ordinal))
        {
            return CheckCovers(period);
        }

        var (start, end) = Span(line.Expected);
        var from = period.From ?? DateOnly.MaxValue;
        var to = period.To ?? (period.Approximate ? from : Today);
        return from <= end && to >= start ? null : F($"read as {period.From} ~ {period.To}");
    }

    /// <summary>
    /// "A~B": the reading must cover both days (a span that keeps both ends: "late may or early june") and stay within
    /// max(3 days, B - A) of them (a sensible span: "a couple of weeks ago" is not five weeks wide).
    /// </summary>
    private string? CheckCovers(IncidentPeriod period)
    {
        var ends = line.Expected.Split('~').Select(p => DateOnly.ParseExact(p.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var slack = Math.Max(3, ends[1].DayNumber - ends[0].DayNumber);
        var from = period.From ?? DateOnly.MaxValue;
        var to = period.To ?? from;
        var covers = from <= ends[0] && to >= ends[1];
        var sensible = from.DayNumber >= ends[0].DayNumber - slack && to.DayNumber <= ends[1].DayNumber + slack;
        return covers && sensible ? null : F($"read as {period.From} ~ {period.To}");
    }

    private string? CheckChoices(string before, ChoiceAnswer choice)
    {
        var expected = line.Expected.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var labels = choice.Choices.Where(c => expected.Contains(c.Value)).Select(c => Text(c.Label));
        var understood = _texts.Get(AnswersText.Understood, _language, ("choices", string.Join(", ", labels)));
        return before.Contains(understood, StringComparison.Ordinal) ? null : "understood otherwise: " + Short(before);
    }

    /// <summary>The answer of a story offer for <paramref name="question"/> in the replies, or null when it was asked instead.</summary>
    private string? Offered(string replies, ReportQuestion question)
    {
        var head = Text(StoryOfferText.Ask).Split('\n')[0];
        var label = Text(question.Label) + ": ";
        return replies.Contains(head, StringComparison.Ordinal)
            ? replies.Split('\n').FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..]
            : null;
    }

    private static (DateOnly Start, DateOnly End) Span(string expected)
    {
        var parts = expected.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], 1).AddMonths(1).AddDays(-1)),
            _ => (new DateOnly(parts[0], parts[1], parts[2]), new DateOnly(parts[0], parts[1], parts[2])),
        };
    }

    private const string Separator = " >> ";

    /// <summary>The part of "here is what I understood" before the choices.</summary>
    private string UnderstoodHead => _texts.Get(AnswersText.Understood, _language, ("choices", "\u0001")).Split('\u0001')[0];

    private string Yes => _language == Language.Korean ? "네" : "yes";

    private string Text(TextKey key) => _texts.Get(key, _language);

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Short(string replies) => replies.ReplaceLineEndings(" / ") is var one && one.Length > 140 ? one[..140] + "…" : one;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
