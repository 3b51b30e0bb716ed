using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Engine;

/// <summary>
/// The app's per-turn items live beside the turn context (not in Bot Builder's culture-aware TurnState): one turn's
/// items are never another's, and the turn's language still reaches whoever answers after the dialogs.
/// </summary>
public sealed class TurnItemsTests
{
    [Fact]
    public void An_item_set_in_one_turn_is_not_seen_by_another_turn()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("items", "user", "bot"));
        using var first = new TurnContext(adapter, adapter.MakeActivity("one"));
        using var second = new TurnContext(adapter, adapter.MakeActivity("two"));

        TurnItems.Of(first).Set("ReportBot.Test", "first turn's");

        Assert.Equal("first turn's", TurnItems.Find<string>(first, "ReportBot.Test"));
        Assert.Null(TurnItems.Find<string>(second, "ReportBot.Test"));
        Assert.Null(TurnItems.Find<byte[]>(first, "ReportBot.Test"));
        Assert.Null(first.TurnState.Get<object>("ReportBot.Test"));
    }

    [Fact]
    public void A_handlers_wrapper_of_the_turn_context_sees_the_turns_items_both_ways()
    {
        // ActivityHandler gives OnMessageActivityAsync a DelegatingTurnContext over the turn's context; an error handler
        // later gets the inner one, and must still find the language the dialogs left.
        var adapter = new TestAdapter(TestAdapter.CreateConversation("wrapped", "user", "bot"));
        using var turn = new TurnContext(adapter, adapter.MakeActivity("hi"));
        var wrapper = new DelegatingTurnContext<IMessageActivity>(turn);

        TurnItems.Of(wrapper).Set("ReportBot.FromWrapper", "set through the wrapper");
        TurnItems.Of(turn).Set("ReportBot.FromTurn", "set on the turn");

        Assert.Equal("set through the wrapper", TurnItems.Find<string>(turn, "ReportBot.FromWrapper"));
        Assert.Equal("set on the turn", TurnItems.Find<string>(wrapper, "ReportBot.FromTurn"));
    }

    [Fact]
    public async Task The_turns_language_is_known_after_the_dialogs_ran_and_not_before()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("language", "user", "bot"));
        var state = new ConversationState(new MemoryStorage());
        var options = new ConversationOptions { DefaultLanguage = Language.English };
        var runner = new DialogRunner(new DialogSet(TestDialogs.ParentAndChild()), state, [], new DialogServices(new TextCatalog(), new PhraseCatalog(), TimeProvider.System, options), "parent");
        Language? before = Language.English;
        Language? after = null;

        await adapter.ProcessActivityAsync(adapter.MakeActivity("hello"), async (turn, ct) =>
        {
            // The conversation's language is the one the survivor chose (kept in the profile), here Korean.
            await state.CreateProperty<ConversationProfile>("profile").SetAsync(turn, new ConversationProfile { Language = Language.Korean }, ct);
            before = DialogRunner.LanguageOf(turn);
            await runner.RunAsync(turn, ct);
            after = DialogRunner.LanguageOf(turn);
        }, CancellationToken.None);

        Assert.Null(before);
        Assert.Equal(Language.Korean, after);
    }
}
