using Microsoft.Bot.Builder;

namespace ReportBot.Dialogs.Reports;

/// <summary>Reads and writes the <see cref="ReportSession"/> of the current conversation (saved with the turn's state).</summary>
public sealed class ReportSessionAccessor(ConversationState conversationState)
{
    public const string PropertyName = "reportSession";

    private readonly IStatePropertyAccessor<ReportSession> _accessor = conversationState.CreateProperty<ReportSession>(PropertyName);

    public Task<ReportSession> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _accessor.GetAsync(turnContext, () => new ReportSession(), cancellationToken);
}
