using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// "What can I do?": the legal options, tailored to the survivor's report when there is one (the report dialog
/// leaves the incident types in the profile), or chosen by incident type, law or organisation when there is not.
/// Everything comes in short chunks with its source and review date; the survivor says "next", "other topics" or
/// "stop". A note that this is information, not legal advice, comes once per conversation.
/// </summary>
public sealed class LegalOptionsDialog : Dialog
{
    public const string DialogId = "legalOptions";
    public const string BrowsePromptId = "legalOptions.browse";

    private const string ReadingKey = "reading";
    private const string IndexKey = "index";
    private const string OpeningKey = "opening";
    private const string TypePrefix = "type:";
    private const string LawsChoice = "laws";
    private const string HelpChoice = "help";
    private const string StopChoice = "stop";

    private readonly LegalContentStore _store;
    private readonly IStatePropertyAccessor<LegalMemory> _memory;
    // The buttons' labels in every language, by key: one text catalog per process, so one array per key.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TextKey, string[]> ButtonLabels = new();

    public LegalOptionsDialog(LegalContentStore store, ConversationState conversationState)
        : base(DialogId)
    {
        _store = store;
        _memory = conversationState.CreateProperty<LegalMemory>("legalMemory");
    }

    /// <summary>The browse menu: every incident type, then all laws, where to get help, and stop.</summary>
    public static List<Choice> BrowseChoices() =>
        Enum.GetValues<IncidentType>().Select(t => new Choice(TypePrefix + t, IncidentTypeLabels.For(t).Name))
            .Append(new Choice(LawsChoice, LegalText.BrowseLaws.Name))
            .Append(new Choice(HelpChoice, LegalText.BrowseHelp.Name))
            .Append(new Choice(StopChoice, LegalText.NavStop.Name))
            .ToList();

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (_store.Content is not { } content)
        {
            await dc.SendAsync(LegalText.Unavailable, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (options is IdentityQuestion)
        {
            return await StartReadingAsync(dc, LegalReadingPlan.ForIdentity(content), dc.Localize(LegalText.IntroIdentity), cancellationToken);
        }

        // What happened, told with the question that opened the reading ("...i geo cheobeol ganeunghangayo?"): kept, so a
        // survivor who goes on telling it during the reading has the report begin with both.
        if (!InReport(dc) && dc.Text is { Length: > 0 } opening && opening.Length <= Recognition.StoryReader.MaxChars
            && Recognition.StoryReader.For(dc.Services.Phrases).SaysWhatHappened(opening, ReportChoices.TypeValues))
        {
            dc.ActiveDialog!.State[OpeningKey] = opening.Trim();
        }

        var (kinds, reasons) = WhatToRead(dc, options);
        if (kinds.Count == 0)
        {
            return await BrowseAsync(dc, cancellationToken);
        }

        var reading = LegalReadingPlan.ForIncidents(content, kinds, reasons);
        var labels = string.Join(", ", kinds.Distinct().Select(t => dc.Localize(IncidentTypeLabels.For(t))));
        var intro = dc.Localize(LegalText.IntroReport, ("types", labels));
        if (FirstBecause(content, reading, reasons) is { } reason && LegalText.FirstBecause(reason) is { } why)
        {
            intro += "\n" + dc.Localize(why);
        }

        return await StartReadingAsync(dc, reading, intro, cancellationToken);
    }

    /// <summary>The reason the first option was put first, if one was: said to the survivor, so the order makes sense.</summary>
    private static string? FirstBecause(LegalContent content, LegalReading reading, IReadOnlyList<string> reasons) =>
        reading.Chunks.FirstOrDefault() is { } first && first.StartsWith(LegalReadingPlan.OptionPrefix, StringComparison.Ordinal)
        && content.FindOption(first[LegalReadingPlan.OptionPrefix.Length..]) is { } option
            ? reasons.FirstOrDefault(r => option.FirstWhen.Contains(r, StringComparer.Ordinal))
            : null;

    /// <summary>
    /// What to read, and what the survivor said that puts some of it first: the kinds chosen before the legal options
    /// began (at the menu's "what happened to you" question), else those of the report being written (asked in the middle
    /// of it) with its wishes, else those of their saved report with its wishes, else those the words that asked name
    /// ("he's suing me for defamation, what do I do"); none for a choice.
    /// </summary>
    private static (IReadOnlyList<IncidentType> Kinds, IReadOnlyList<string> Reasons) WhatToRead(DialogContext dc, object? options)
    {
        if (options is Topics { Types.Count: > 0 } topics)
        {
            return (topics.Types, topics.Reasons ?? []);
        }

        if (ReportDialog.UnsavedDraft(dc.Stack) is { Types: { Count: > 0 } drafted } draft)
        {
            var lawsuit = TellsOfLawsuit(draft, dc.Services.Phrases);
            return (WithLawsuit(drafted, lawsuit), LegalReadingPlan.ReasonsFrom(draft.Wishes ?? [], draft.StillOnline, lawsuit));
        }

        if (dc.Profile.ReportedIncidentTypes is { Count: > 0 } reported)
        {
            var lawsuit = dc.Profile.ReportedLawsuitWorry;
            return (WithLawsuit(reported, lawsuit), LegalReadingPlan.ReasonsFrom(dc.Profile.ReportedWishes, dc.Profile.ReportedOnline, lawsuit));
        }

        return (NamedIn(dc), []);
    }

    /// <summary>"If I report, will my name be known?": the law on one's identity when reporting (<see cref="LegalReadingPlan.ForIdentity"/>).</summary>
    public sealed record IdentityQuestion;

    /// <summary>The kinds of incident to read about, chosen before the legal options began.</summary>
    /// <param name="Reasons">What to read first (<see cref="LegalReadingPlan.ReasonsFrom"/>); none keeps the usual order.</param>
    public sealed record Topics(IReadOnlyList<IncidentType> Types, IReadOnlyList<string>? Reasons = null);

    /// <summary>
    /// Whether a report tells of a defamation or false-accusation suit against the survivor, threatened or feared: its
    /// disclosures say so, or its story does or asks about one ("could I be sued back for defamation?", "yeokgoso danghal su isseoyo?").
    /// </summary>
    public static bool TellsOfLawsuit(IncidentReport report, IPhraseCatalog phrases) =>
        report.Disclosures?.Contains(Disclosure.ThreatenedWithLawsuit) == true
        || (report.Narrative ?? []).Concat(report.Additions.Select(a => a.Text)).Any(Recognition.StoryReader.For(phrases).TellsOfBeingSued);

    // The reading for a report that tells of a suit against the survivor includes what to do about one (the kind "sued
    // for speaking out"), after the kinds the report names.
    private static IReadOnlyList<IncidentType> WithLawsuit(IReadOnlyList<IncidentType> kinds, bool lawsuit) =>
        lawsuit && !kinds.Contains(IncidentType.CounterLawsuit) ? [.. kinds, IncidentType.CounterLawsuit] : kinds;

    private static IReadOnlyList<IncidentType> NamedIn(DialogContext dc) =>
        Recognition.StoryReader.For(dc.Services.Phrases).ReadDisclosure(dc.Text, ReportChoices.TypeValues) is { } named
            ? named.NamedKinds()
            : [];

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        if (_store.Content is null || !HasReading(dc))
        {
            return await BrowseAsync(dc, cancellationToken);
        }

        var phrases = dc.Services.Phrases;
        var text = dc.Text;
        if (Matches(dc, text, LegalPhrases.Next, LegalText.NavNext))
        {
            dc.ActiveDialog!.State[IndexKey] = dc.ActiveDialog.State.Value<int>(IndexKey) + 1;
            return await ShowCurrentAsync(dc, cancellationToken);
        }

        if (Matches(dc, text, LegalPhrases.Stop, LegalText.NavStop))
        {
            await dc.SendAsync(LegalText.Stopped, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (Matches(dc, text, LegalPhrases.OtherTopics, LegalText.NavOther))
        {
            return await BrowseAsync(dc, cancellationToken);
        }

        if (TextMatcher.Matches(text, phrases.All(LegalPhrases.Ask)))
        {
            dc.ActiveDialog!.State[IndexKey] = 0;
            return await ShowCurrentAsync(dc, cancellationToken);
        }

        // A bare yes ("ieung ieung", "ok", "ne") to a part with "next" under it goes on.
        if (!IsLast(dc) && Recognition.YesNoReading.IsBare(phrases, text) && Recognition.YesNoReading.Read(phrases, text) is true)
        {
            dc.ActiveDialog!.State[IndexKey] = dc.ActiveDialog.State.Value<int>(IndexKey) + 1;
            return await ShowCurrentAsync(dc, cancellationToken);
        }

        var stories = Recognition.StoryReader.For(phrases);

        // Wanting the posts or pictures taken down ("geul da naerigo sipeoyo"): the part on takedowns, if this reading has one.
        if (stories.WantsTakedown(text) && TakedownPart(dc) is { } takedown)
        {
            dc.ActiveDialog!.State[IndexKey] = takedown;
            return await ShowCurrentAsync(dc, cancellationToken);
        }

        // Going on telling what happened, or when ("pongno geul ollin daeumnalbuteoyo", "it was my ex, at his place", "it started
        // the day after my post went viral"), with no report being written under the reading: the report begins with those
        // words and with what opened the reading.
        if (!InReport(dc) && (stories.TellsSomething(text) || stories.SaysWhatHappened(text, ReportChoices.TypeValues)
            || Recognition.Dates.DateReader.For(phrases).Find(text, dc.Services.Today) is not null))
        {
            return await RecordAsync(dc, text, cancellationToken);
        }

        // Anything else: say how to go on, and keep the place.
        await dc.SendTextAsync(dc.Localize(LegalText.NavHint), cancellationToken, NavigationButtons(dc, last: IsLast(dc)));
        return DialogTurnResult.Waiting;
    }

    /// <summary>Whether a report is being written under this reading (the legal options asked for in the middle of it).</summary>
    private static bool InReport(DialogContext dc) => ReportDialog.IsOnStack(dc.Stack);

    /// <summary>The index of the first part about taking content down (an option put first for <c>TakedownHelp</c>), or null.</summary>
    private int? TakedownPart(DialogContext dc)
    {
        if (ReadReading(dc) is not { } reading || _store.Content is not { } content)
        {
            return null;
        }

        var wish = nameof(SupportWish.TakedownHelp);
        var at = reading.Chunks.FindIndex(chunk => chunk.StartsWith(LegalReadingPlan.OptionPrefix, StringComparison.Ordinal)
            && content.FindOption(chunk[LegalReadingPlan.OptionPrefix.Length..]) is { } option && option.FirstWhen.Contains(wish, StringComparer.Ordinal));
        return at >= 0 ? at : null;
    }

    /// <summary>The reading ends and the report begins, with what opened the reading and these words as its story.</summary>
    private static async Task<DialogTurnResult> RecordAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var reader = Recognition.StoryReader.For(dc.Services.Phrases);
        var opening = dc.ActiveDialog!.State.Value<string>(OpeningKey);
        var more = reader.Start(text, ReportChoices.TypeValues);
        var story = string.IsNullOrEmpty(opening) ? more : reader.Join(reader.Start(opening, ReportChoices.TypeValues), more);
        await dc.SendAsync(LegalText.ToReport, cancellationToken);
        return await dc.ReplaceDialogAsync(ReportDialog.DialogId, story with { AfterLegalOptions = true }, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        if (_store.Content is not { } content || result is not FoundChoice choice || choice.Value == StopChoice)
        {
            await dc.SendAsync(LegalText.Stopped, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (choice.Value == LawsChoice)
        {
            return await StartReadingAsync(dc, LegalReadingPlan.AllLaws(content), dc.Localize(LegalText.IntroLaws), cancellationToken);
        }

        if (choice.Value == HelpChoice)
        {
            return await StartReadingAsync(dc, LegalReadingPlan.AllHelp(content), dc.Localize(LegalText.IntroHelp), cancellationToken);
        }

        var type = Enum.Parse<IncidentType>(choice.Value[TypePrefix.Length..]);
        var intro = dc.Localize(LegalText.IntroType, ("type", dc.Localize(IncidentTypeLabels.For(type))));
        return await StartReadingAsync(dc, LegalReadingPlan.ForIncidents(content, [type]), intro, cancellationToken);
    }

    /// <summary>After an interruption (or a language switch), show the current chunk again, in the current language.</summary>
    public override async Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (HasReading(dc))
        {
            await ShowCurrentAsync(dc, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> BrowseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State.Remove(ReadingKey);
        dc.ActiveDialog.State.Remove(IndexKey);
        return dc.BeginDialogAsync(BrowsePromptId, new PromptOptions { PromptKey = LegalText.BrowsePrompt.Name, Choices = BrowseChoices() }, cancellationToken);
    }

    private async Task<DialogTurnResult> StartReadingAsync(DialogContext dc, LegalReading reading, string intro, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[ReadingKey] = JObject.FromObject(reading);
        state[IndexKey] = 0;
        await dc.SendTextAsync(intro, cancellationToken);

        var memory = await _memory.GetAsync(dc.Context, () => new LegalMemory(), cancellationToken);
        if (!memory.DisclaimerShown)
        {
            await dc.SendAsync(LegalText.Disclaimer, cancellationToken);
            memory.DisclaimerShown = true;
        }

        return await ShowCurrentAsync(dc, cancellationToken);
    }

    /// <summary>Sends the chunk at the current index, skipping any that can no longer be shown; ends after the last.</summary>
    private async Task<DialogTurnResult> ShowCurrentAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var reading = ReadReading(dc)!;
        var content = _store.Content!;
        var relevant = reading.RelevantTopics.ToHashSet(StringComparer.Ordinal);
        for (var index = state.Value<int>(IndexKey); index < reading.Chunks.Count; index++)
        {
            var text = LegalChunkRenderer.Render(content, reading.Chunks[index], relevant, dc.Language, dc.Services.Texts, dc.Services.Today);
            if (text is null)
            {
                continue;
            }

            state[IndexKey] = index;
            var last = index == reading.Chunks.Count - 1;
            await dc.SendTextAsync($"{index + 1}/{reading.Chunks.Count} · {text}", cancellationToken, NavigationButtons(dc, last));
            return DialogTurnResult.Waiting;
        }

        await dc.SendAsync(LegalText.Done, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static LegalReading? ReadReading(DialogContext dc) =>
        LegalReading.FromState(dc.ActiveDialog?.State[ReadingKey]);

    // Whether a reading is under way, without reading it into objects (what ReadReading gives null for: none, or null).
    private static bool HasReading(DialogContext dc) => dc.ActiveDialog?.State[ReadingKey] is { Type: not JTokenType.Null };

    private static bool IsLast(DialogContext dc) =>
        ReadReading(dc) is { } reading && dc.ActiveDialog!.State.Value<int>(IndexKey) >= reading.Chunks.Count - 1;

    // Two look-ups on lists that stay the same instances, so TextMatcher's per-list cache holds (a list concatenated
    // per call was a new instance each time: its phrases were normalised and hashed again on every message).
    private static bool Matches(DialogContext dc, string text, PhraseKey phrases, TextKey button) =>
        TextMatcher.Matches(text, dc.Services.Phrases.All(phrases))
        || TextMatcher.Matches(text, ButtonLabels.GetOrAdd(button, key => Enum.GetValues<Language>().Select(l => dc.Services.Texts.Get(key, l)).ToArray()));

    /// <summary>
    /// True when a reading is on screen and the message is one of its own buttons or their words (next, other topics,
    /// stop): the reading's answer, never a command. "Stop here" used to be taken for the exit, which ended the
    /// conversation and threw away a report being written under the reading.
    /// </summary>
    public static bool IsNavigation(DialogContext dc)
    {
        if (dc.ActiveDialog?.Id != DialogId || !HasReading(dc))
        {
            return false;
        }

        var text = dc.Text;
        return Matches(dc, text, LegalPhrases.Next, LegalText.NavNext) || Matches(dc, text, LegalPhrases.Stop, LegalText.NavStop)
            || Matches(dc, text, LegalPhrases.OtherTopics, LegalText.NavOther);
    }

    private static List<CardAction> NavigationButtons(DialogContext dc, bool last)
    {
        var keys = last ? new[] { LegalText.NavOther, LegalText.NavStop } : [LegalText.NavNext, LegalText.NavOther, LegalText.NavStop];
        return keys.Select(k => dc.Localize(k)).Select(label => new CardAction(ActionTypes.ImBack, title: label, value: label)).ToList();
    }
}
