using Microsoft.Extensions.Logging;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Crisis wording in any message, in either language, in two tiers. Tier 1 (intent, a method, a plan, a high place
/// now, a time with a method, danger from someone now) gets the emergency numbers at once and the offer of a counsellor;
/// the conversation remembers it so a handoff can put this survivor first. Tier 2 (hopelessness, being a burden,
/// goodbyes, giving things away) gets one warm check-in: yes gets the numbers, no carries on, and an unclear answer
/// gets the numbers anyway (and is then taken as what it was). A time or a decision said later in a conversation that
/// had a tier-2 message or tier-1 wording ("I will do it tonight", "tonight") is a plan and gets the numbers at once, even after "no".
/// While telling their story, the survivor's words are kept as part of it rather than swallowed.
/// </summary>
public sealed class CrisisInterruption(ReportSessionAccessor sessions, ILogger<CrisisInterruption> logger) : IInterruption
{
    /// <summary>How long distress makes a later time or decision ("tonight", "I've decided") a plan.</summary>
    public static readonly TimeSpan DistressWindow = TimeSpan.FromHours(24);

    public int Order => InterruptionOrder.Crisis;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        var now = dc.Services.Clock.GetUtcNow();
        // Tier-1 wording already answered is distress too: "I want to die", then "tonight", is a plan said in two.
        var afterDistress = (session.DistressAt is { } distress && now - distress <= DistressWindow)
            || (session.CrisisAt is { } crisis && now - crisis <= DistressWindow);
        // A pause said with its reason ("eomma wasseoyo itta halgeyo", mum is home, later) names the time of coming back, not of a plan, unless distress came first.
        var level = Recognizer.For(dc.Services.Phrases).Crisis.Assess(dc.Text, afterDistress, paused: () => ExitInterruption.SaysPause(dc));
        if (level == CrisisLevel.CheckIn)
        {
            session.DistressAt = now;
        }

        var raisedBy = session.CrisisCheckText;
        session.CrisisCheckText = null;
        if (session.CrisisCheckPending && level != CrisisLevel.Immediate)
        {
            session.CrisisCheckPending = false;
            var answer = InterruptionSupport.ReadYesNo(dc);
            if (answer is false)
            {
                await dc.SendAsync(RecognitionText.CrisisCheckInNo, cancellationToken);
                return GiveBackToTheQuestion(dc, raisedBy) ? InterruptionResult.NotHandled : InterruptionResult.Resume;
            }

            // Yes, or no clear answer: the numbers, never silence.
            await RespondAsync(dc, session, cancellationToken);
            return answer is true ? InterruptionResult.Resume : InterruptionResult.NotHandled;
        }

        if (SupporterReader.For(dc.Services.Phrases).OtherInDanger(dc.Text, mustBeNow: ReportDialog.IsOnStack(dc.Stack)))
        {
            // Someone else in danger now ("my friend just took a bunch of pills"): the numbers for them, not an answer
            // addressed to the writer as if they had taken the pills or wished to die.
            session.CrisisCheckPending = false;
            await RespondAsync(dc, session, cancellationToken, CrisisText.OtherPerson);
            return InNarrative(dc) ? InterruptionResult.NotHandled : InterruptionResult.Resume;
        }

        switch (level)
        {
            case CrisisLevel.Immediate:
                session.CrisisCheckPending = false;
                await RespondAsync(dc, session, cancellationToken, FirstNumber(dc));
                if (await ExitInterruption.PauseAfterCrisisAsync(dc, session, cancellationToken))
                {
                    return InterruptionResult.Handled;
                }

                return InNarrative(dc) || StoryGivenAsTheKind(dc) || StoryToldAtTheMenu(dc) ? InterruptionResult.NotHandled : InterruptionResult.Resume;
            case CrisisLevel.CheckIn when !dc.Stack.Any(d => d.Id == HandoffDialog.DialogId):
                // With a counsellor (or waiting for one) a person reads every message; the bot does not step in between.
                InterruptionSupport.RememberLanguage(dc);
                session.CrisisCheckPending = true;
                session.CrisisCheckText = AtReportQuestion(dc) ? dc.Text : null;
                ReportLog.CrisisCheckIn(logger);
                await dc.SendTextAsync(dc.Localize(RecognitionText.CrisisCheckIn), cancellationToken, InterruptionSupport.YesNoButtons(dc));
                if (InNarrative(dc))
                {
                    // The story keeps the words, without a "keep going" note whose button would hide yes and no.
                    dc.Context.TurnState[NarrativeDialog.KeepQuietlyKey] = true;
                    return InterruptionResult.NotHandled;
                }

                return InterruptionResult.Handled;
            default:
                return InterruptionResult.NotHandled;
        }
    }

    private static bool InNarrative(DialogContext dc) => dc.ActiveDialog?.Id == NarrativeDialog.DialogId;

    // A report's question other than the story (which keeps its words anyway).
    private static bool AtReportQuestion(DialogContext dc) =>
        Commands.AtQuestion(dc) && !InNarrative(dc) && ReportDialog.IsOnStack(dc.Stack);

    /// <summary>
    /// After "no" to the check-in, the words that raised it answer the question they were written for ("i want it to
    /// stop and to know if he can go to jail" at "what would help you now?") when that is a choice question whose own
    /// words read them. Elsewhere the question is asked again: at a free-text question ("when?") the same words
    /// ("doesn't matter, I'll be gone soon") would be kept as the answer.
    /// </summary>
    private static bool GiveBackToTheQuestion(DialogContext dc, string? raisedBy)
    {
        if (raisedBy is null || !AtReportQuestion(dc))
        {
            return false;
        }

        dc.TextOverride = raisedBy;
        if (!Commands.HasChoices(dc) || !Commands.AnswersTheQuestion(dc))
        {
            dc.TextOverride = null;
            return false;
        }

        dc.AnswerOnly = true;
        return true;
    }

    // Asked what kind of incident it was, the survivor told what happened ("a guy from my gym has been following me
    // home"): after the numbers, the words are that answer and the story's start (ReportDialog keeps them), as words in
    // the story are kept, instead of being swallowed and the question asked again. Only when they name a kind clearly,
    // so the question does not answer the numbers with "I didn't get that".
    private static bool StoryGivenAsTheKind(DialogContext dc) =>
        ReportDialog.IsAskingTheKind(dc.Stack)
        && StoryReader.For(dc.Services.Phrases).Read(dc.Text, ReportChoices.TypeValues) is { Types.Count: > 0 };

    // A first message or an answer to the menu that tells what happened ("my ex keeps following me and showing up at my
    // work"): after the numbers the menu's own reading starts the report with those words (MenuShortcutInterruption), as
    // at the question of the kind above, instead of the welcome and the menu as if nothing had been said.
    private static bool StoryToldAtTheMenu(DialogContext dc) =>
        InterruptionSupport.AtMenuOrFirst(dc, out _)
        && (StoryReader.For(dc.Services.Phrases) is var reader)
        && (reader.Read(dc.Text, ReportChoices.TypeValues) is not null || reader.ReadDisclosure(dc.Text, ReportChoices.TypeValues) is not null);

    /// <summary>
    /// Which number the answer puts first: a body already harmed now (pills taken, bleeding) the ambulance (119); a wish to
    /// die or thoughts of suicide with nothing of danger now (a plan's time or decision counts as danger), the suicide
    /// prevention line (109), the line for exactly that; everything else the police (112). All four numbers are always shown.
    /// </summary>
    private static TextKey FirstNumber(DialogContext dc) => Recognizer.For(dc.Services.Phrases).Crisis.FirstLine(dc.Text) switch
    {
        EmergencyLine.Ambulance => CrisisText.EmergencyAmbulance,
        EmergencyLine.SuicidePrevention => CrisisText.EmergencyIdeation,
        _ => CrisisText.Emergency,
    };

    private async Task RespondAsync(DialogContext dc, ReportSession session, CancellationToken cancellationToken, TextKey? answer = null)
    {
        InterruptionSupport.RememberLanguage(dc);
        session.CrisisAt = dc.Services.Clock.GetUtcNow();
        ReportLog.CrisisResponded(logger);
        await dc.SendAsync(answer ?? CrisisText.Emergency, cancellationToken);
    }
}
