using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Carries out a survivor's "delete my data": runs every registered <see cref="IDataEraser"/> for each case the
/// conversation made or opened with its code, deletes the conversation state, and says exactly what went.
/// </summary>
public sealed class DataErasure(
    IEnumerable<IDataEraser> erasers,
    ErasureGate gate,
    ReportSessionAccessor sessions,
    ConversationState conversationState,
    ILogger<DataErasure> logger)
{
    private static readonly (ErasedItem Item, TextKey Text)[] Descriptions =
    [
        (ErasedItem.Case, EraseText.ItemCase),
        (ErasedItem.Transcript, EraseText.ItemTranscript),
        (ErasedItem.EncryptionKeys, EraseText.ItemEncryptionKeys),
        (ErasedItem.ConversationState, EraseText.ItemConversationState),
        (ErasedItem.CounsellorMessages, RepliesText.ErasedItem),
    ];

    /// <summary>
    /// Erases everything kept for the conversation, and the cases it opened with their codes (<paramref name="openedCases"/>:
    /// the survivor asked to delete their data while one was on screen). Afterwards the turn must not touch conversation
    /// state again (the dialog stack and profile it holds are gone), or the next save would bring part of it back.
    /// </summary>
    public async Task<ErasureResult> EraseConversationAsync(ITurnContext turnContext, IReadOnlyCollection<string> openedCases, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var caseKeys = session.CaseKeys.Count > 0 ? session.CaseKeys.Select(k => (string?)k).ToList() : [null];
        var result = ErasureResult.Nothing;
        foreach (var caseKey in caseKeys)
        {
            result = result.Union(await RunErasersAsync(Request(turnContext, caseKey, wholeConversation: true), cancellationToken).ConfigureAwait(false));
        }

        // A case made in another conversation goes as it does when deleted with its code.
        foreach (var opened in openedCases.Where(k => !session.CaseKeys.Contains(k, StringComparer.Ordinal)))
        {
            result = result.Union(await RunErasersAsync(Request(turnContext, opened, wholeConversation: false), cancellationToken).ConfigureAwait(false));
        }

        await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        result = result.Union(ErasureResult.Of(ErasedItem.ConversationState));
        ReportLog.DataErased(logger, string.Join(", ", result.Erased.Order()));
        return result;
    }

    /// <summary>Erases one case (found through its code), leaving the rest of the conversation as it is.</summary>
    public async Task<ErasureResult> EraseCaseAsync(ITurnContext turnContext, string caseKey, CancellationToken cancellationToken)
    {
        var result = await RunErasersAsync(Request(turnContext, caseKey, wholeConversation: false), cancellationToken).ConfigureAwait(false);
        var session = await sessions.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        session.CaseKeys.Remove(caseKey);
        ReportLog.DataErased(logger, string.Join(", ", result.Erased.Order()));
        return result;
    }

    /// <summary>The erased items as a bulleted list in the survivor's language.</summary>
    public static string Describe(ErasureResult result, ITextCatalog texts, Language language) =>
        string.Join("\n", Descriptions.Where(d => result.Erased.Contains(d.Item)).Select(d => "• " + texts.Get(d.Text, language)));

    private Task<ErasureResult> RunErasersAsync(ErasureRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(
            async () =>
            {
                var result = ErasureResult.Nothing;
                foreach (var eraser in erasers)
                {
                    result = result.Union(await eraser.EraseAsync(request, cancellationToken).ConfigureAwait(false));
                }

                return result;
            },
            cancellationToken);

    private static ErasureRequest Request(ITurnContext turnContext, string? caseKey, bool wholeConversation) =>
        new(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id, caseKey, wholeConversation);
}
