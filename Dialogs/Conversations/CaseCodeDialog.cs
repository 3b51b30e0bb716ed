using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Coming back with a case code, from any channel: asks for the code, then lets the survivor read the report
/// back, add to it, or delete it. Only the case's hashed storage key is kept in the dialog state, never the code.
/// Wrong codes are counted per conversation and checks pause after too many.
/// </summary>
public sealed class CaseCodeDialog : Dialog
{
    public const string DialogId = "caseCode";
    public const string CodePromptId = "caseCode.code";

    /// <summary>How long code checks pause after too many wrong codes.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    private const string PhaseKey = "phase";
    private const string CaseKeyKey = "caseKey";

    /// <summary>The cases opened with their code in this conversation and still on screen (the dialog is on the stack).</summary>
    public static IReadOnlyList<string> OpenedCases(DialogContext dc) =>
        dc.Stack.Where(i => i.Id == DialogId).Select(i => i.State.Value<string>(CaseKeyKey)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private static readonly List<Choice> Actions =
    [
        new("read", CasesText.ActionRead.Name),
        new("add", CasesText.ActionAdd.Name),
        new("delete", CasesText.ActionDelete.Name),
        new("done", CasesText.ActionDone.Name),
    ];

    // With a host that serves records, the signed record and the evidence log come before "delete" and "done".
    private static readonly List<Choice> ActionsWithRecords =
    [
        Actions[0],
        Actions[1],
        new("record", RecordsText.ActionRecord.Name),
        new("evidence", RecordsText.ActionEvidence.Name),
        Actions[2],
        Actions[3],
    ];

    private readonly CaseStore _cases;
    private readonly DataErasure _erasure;
    private readonly ReportSessionAccessor _sessions;
    private readonly CasesOptions _options;
    private readonly ILogger<CaseCodeDialog> _logger;
    private readonly IRecordLinks? _records;
    private readonly ReportQuestionnaire _questions;

    public CaseCodeDialog(
        CaseStore cases,
        DataErasure erasure,
        ReportSessionAccessor sessions,
        IOptions<CasesOptions> options,
        ILogger<CaseCodeDialog> logger,
        ReportQuestionnaire questions,
        IRecordLinks? records = null)
        : base(DialogId)
    {
        _records = records;
        _questions = questions;
        _cases = cases;
        _erasure = erasure;
        _sessions = sessions;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (await PausedAsync(dc, cancellationToken))
        {
            await dc.SendAsync(CasesText.Locked, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        return await AskCodeAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var caseKey = state.Value<string>(CaseKeyKey);
        switch (state.Value<string>(PhaseKey))
        {
            case "code":
                return result is string typed ? await CheckCodeAsync(dc, typed, cancellationToken) : await dc.EndDialogAsync(null, cancellationToken);
            case "thread" when caseKey is not null:
                return await AskActionAsync(dc, cancellationToken);
            case "action" when caseKey is not null:
                return (result as FoundChoice)?.Value switch
                {
                    "read" => await ReadBackAsync(dc, caseKey, cancellationToken),
                    "add" => await AskAdditionAsync(dc, cancellationToken),
                    "delete" => await ConfirmDeleteAsync(dc, cancellationToken),
                    "record" when _records is not null => await SendRecordLinkAsync(dc, _records, caseKey, cancellationToken),
                    "evidence" when _records is not null => await SendEvidenceLinkAsync(dc, _records, cancellationToken),
                    _ => await dc.EndDialogAsync(null, cancellationToken),
                };
            case "add" when caseKey is not null:
                return await AddAsync(dc, caseKey, result as List<string>, cancellationToken);
            case "delete" when caseKey is not null:
                return await DeleteAsync(dc, caseKey, result is true, cancellationToken);
            default:
                return await dc.EndDialogAsync(null, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> AskCodeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = "code";
        return dc.BeginDialogAsync(CodePromptId, new PromptOptions { PromptKey = CasesText.AskCode.Name, AllowSkip = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckCodeAsync(DialogContext dc, string typed, CancellationToken cancellationToken)
    {
        string? key;
        try
        {
            key = await _cases.KeyForAsync(typed, cancellationToken);
        }
        catch (CaseCodeHashingBusyException)
        {
            // Full for a moment: not a wrong try, so nothing is counted against the survivor.
            ReportLog.CaseCodeHashingBusy(_logger);
            await dc.SendAsync(LimitsText.HashingBusy, cancellationToken);
            return await AskCodeAsync(dc, cancellationToken);
        }

        if (key is null)
        {
            await dc.SendAsync(CasesText.Malformed, cancellationToken);
            return await AskCodeAsync(dc, cancellationToken);
        }

        var session = await _sessions.GetAsync(dc.Context, cancellationToken);
        if (await _cases.FindByKeyAsync(key, cancellationToken) is null)
        {
            session.FailedCodeAttempts++;
            ReportLog.CaseCodeMismatch(_logger, session.FailedCodeAttempts);
            if (session.FailedCodeAttempts >= _options.MaxCodeAttempts)
            {
                session.CodeChecksPausedUntil = dc.Services.Clock.GetUtcNow() + Pause;
                session.FailedCodeAttempts = 0;
                await dc.SendAsync(CasesText.Locked, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }

            await dc.SendAsync(CasesText.NotFound, cancellationToken);
            return await AskCodeAsync(dc, cancellationToken);
        }

        session.FailedCodeAttempts = 0;
        dc.ActiveDialog!.State[CaseKeyKey] = key;
        await dc.SendAsync(CasesText.Found, cancellationToken);

        // A counsellor's reply to a message left on this case comes first; the thread dialog ends at once when there is none.
        dc.ActiveDialog.State[PhaseKey] = "thread";
        return await dc.BeginDialogAsync(CaseThreadDialog.DialogId, key, cancellationToken);
    }

    private Task<DialogTurnResult> AskActionAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = "action";
        var choices = _records is null ? Actions : ActionsWithRecords;
        return dc.BeginDialogAsync(ReportQuestions.ChoicePromptId, new PromptOptions { PromptKey = CasesText.AskAction.Name, Choices = choices }, cancellationToken);
    }

    /// <summary>
    /// The signed record: a one-time download button in the web widget, elsewhere the page where the code is typed.
    /// A card, not suggested actions, so the button stays when the next question comes.
    /// </summary>
    private async Task<DialogTurnResult> SendRecordLinkAsync(DialogContext dc, IRecordLinks records, string caseKey, CancellationToken cancellationToken)
    {
        var link = await records.RecordLinkAsync(caseKey, dc.Context.Activity.ChannelId, cancellationToken);
        var text = link.OneTime
            ? dc.Localize(RecordsText.LinkWeb, ("minutes", (int)records.Lifetime.TotalMinutes))
            : dc.Localize(RecordsText.LinkPage);
        var button = dc.Localize(link.OneTime ? RecordsText.LinkDownload : RecordsText.LinkPageButton);
        await SendLinkCardAsync(dc, text, button, link.Url, cancellationToken);
        return await AskActionAsync(dc, cancellationToken);
    }

    private async Task<DialogTurnResult> SendEvidenceLinkAsync(DialogContext dc, IRecordLinks records, CancellationToken cancellationToken)
    {
        var url = records.EvidencePageLink(dc.Context.Activity.ChannelId);
        await SendLinkCardAsync(dc, dc.Localize(RecordsText.LinkEvidence), dc.Localize(RecordsText.LinkEvidenceButton), url, cancellationToken);
        return await AskActionAsync(dc, cancellationToken);
    }

    private static Task SendLinkCardAsync(DialogContext dc, string text, string button, string url, CancellationToken cancellationToken)
    {
        var card = new HeroCard { Text = text, Buttons = [new CardAction(ActionTypes.OpenUrl, button, value: url)] };
        var activity = MessageFactory.Attachment(card.ToAttachment());
        activity.Locale = dc.Language.Culture().Name;
        return dc.Context.SendActivityAsync(activity, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadBackAsync(DialogContext dc, string caseKey, CancellationToken cancellationToken)
    {
        var stored = await _cases.FindByKeyAsync(caseKey, cancellationToken);
        if (stored is null)
        {
            await dc.SendAsync(CasesText.NotFound, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await dc.SendTextAsync(ReportSummary.Build(stored.Report, dc.Services.Texts, dc.Language, _questions.All), cancellationToken);
        return await AskActionAsync(dc, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAdditionAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = "add";
        return dc.BeginDialogAsync(NarrativeDialog.DialogId, new PromptOptions { PromptKey = CasesText.AskAddition.Name, AllowSkip = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> AddAsync(DialogContext dc, string caseKey, List<string>? parts, CancellationToken cancellationToken)
    {
        var stored = parts is { Count: > 0 } ? await _cases.FindByKeyAsync(caseKey, cancellationToken) : null;
        if (stored is null || parts is null)
        {
            await dc.SendAsync(CasesText.NothingAdded, cancellationToken);
            return await AskActionAsync(dc, cancellationToken);
        }

        if (stored.Report.Additions.Count + parts.Count > IncidentReport.MaxAdditions)
        {
            await dc.SendAsync(new TextKey(ValidationMessages.TooManyParts), cancellationToken, ("limit", IncidentReport.MaxAdditions));
            return await AskActionAsync(dc, cancellationToken);
        }

        var now = dc.Services.Clock.GetUtcNow();
        stored.Report.Additions.AddRange(parts.Select(p => new ReportAddition { AddedAt = now, Text = p }));
        await _cases.UpdateAsync(caseKey, stored, cancellationToken);
        ReportLog.CaseAdded(_logger);
        await dc.SendAsync(CasesText.Added, cancellationToken);
        return await AskActionAsync(dc, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmDeleteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PhaseKey] = "delete";
        return dc.BeginDialogAsync(ReportQuestions.ConfirmPromptId, new PromptOptions { PromptKey = CasesText.DeleteConfirm.Name }, cancellationToken);
    }

    private async Task<DialogTurnResult> DeleteAsync(DialogContext dc, string caseKey, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            await dc.SendAsync(CasesText.DeleteKept, cancellationToken);
            return await AskActionAsync(dc, cancellationToken);
        }

        var result = await _erasure.EraseCaseAsync(dc.Context, caseKey, cancellationToken);
        await dc.SendTextAsync(dc.Localize(EraseText.CaseOnly) + "\n" + DataErasure.Describe(result, dc.Services.Texts, dc.Language), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<bool> PausedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var session = await _sessions.GetAsync(dc.Context, cancellationToken);
        return session.CodeChecksPausedUntil is { } until && until > dc.Services.Clock.GetUtcNow();
    }
}
