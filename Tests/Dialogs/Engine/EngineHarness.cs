using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Engine;

/// <summary>
/// Runs test dialogs through the real engine (DialogRunner, conversation state, TestAdapter). Each turn uses a new
/// ConversationState and runner over the same storage, exactly as a restarted process would.
/// </summary>
internal sealed class EngineHarness(Func<IEnumerable<Dialog>> dialogs, string rootId, Func<IEnumerable<IInterruption>>? interruptions = null, TimeProvider? clock = null)
{
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation("engine-test", "user", "bot"));

    public IStorage Storage { get; } = new MemoryStorage();

    public ConversationOptions Options { get; } = new() { DefaultLanguage = Language.English };

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        var state = new ConversationState(Storage);
        var services = new DialogServices(new TextCatalog(), new PhraseCatalog(), clock ?? TimeProvider.System, Options);
        var runner = new DialogRunner(new DialogSet(dialogs()), state, interruptions?.Invoke() ?? [], services, rootId);
        while (_adapter.GetNextReply() is not null)
        {
        }

        await _adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            LastResult = await runner.RunAsync(turn, ct);
            await state.SaveChangesAsync(turn, false, ct);
        }, CancellationToken.None);

        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public DialogTurnResult? LastResult { get; private set; }

    public async Task<IReadOnlyList<string>> SendAsync(string text) =>
        (await SendActivityAsync(_adapter.MakeActivity(text))).Select(a => a.Text).ToList();

    public async Task<string> SendOneAsync(string text) => string.Join("\n", await SendAsync(text));

    public Activity MakeActivity(string? text) => _adapter.MakeActivity(text);
}
