using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Engine;

public sealed class InterruptionTests
{
    [Fact]
    public async Task A_resuming_interruption_answers_then_the_same_question_is_asked_again()
    {
        var harness = new EngineHarness(TestDialogs.ParentAndChild, "parent", () => [new Keyword("ping", 50, InterruptionResult.Resume, "pong")]);
        await harness.SendAsync("begin");

        var replies = await harness.SendAsync("ping");

        Assert.Equal("pong", replies[0]);
        Assert.Equal(Catalog.En(CommonText.RetryText), replies[1]);
        Assert.Equal(["parent got answer:real answer", "replaced (depth 1)"], await harness.SendAsync("real answer"));
    }

    [Fact]
    public async Task Interruptions_run_in_order_and_the_first_that_handles_the_message_wins()
    {
        var harness = new EngineHarness(
            TestDialogs.ParentAndChild,
            "parent",
            () => [new Keyword("ping", 50, InterruptionResult.Resume, "late"), new Keyword("ping", 5, InterruptionResult.Resume, "early")]);
        await harness.SendAsync("begin");

        Assert.Equal("early", (await harness.SendAsync("ping"))[0]);
    }

    [Fact]
    public async Task An_interruption_that_takes_over_the_stack_is_not_followed_by_a_re_ask()
    {
        var harness = new EngineHarness(TestDialogs.ParentAndChild, "parent", () => [new Keyword("stop", 50, InterruptionResult.Handled, "bye", cancel: true)]);
        await harness.SendAsync("begin");

        Assert.Equal(["bye"], await harness.SendAsync("stop"));
        Assert.StartsWith("child started", (await harness.SendAsync("again"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_that_match_no_interruption_reach_the_active_dialog()
    {
        var harness = new EngineHarness(TestDialogs.ParentAndChild, "parent", () => [new Keyword("ping", 50, InterruptionResult.Resume, "pong")]);
        await harness.SendAsync("begin");

        Assert.Equal("parent got answer:pingpong", (await harness.SendAsync("pingpong"))[0]);
    }

    [Fact]
    public async Task A_dialog_begun_on_top_of_a_question_returns_to_that_question_when_it_ends()
    {
        var harness = new EngineHarness(
            () => TestDialogs.ParentAndChild().Append(new WaterfallDialog("aside",
            [
                async (step, ct) =>
                {
                    await step.Dialog.SendTextAsync("aside shown", ct);
                    return await step.EndDialogAsync("aside result", ct);
                },
            ])),
            "parent",
            () => [new BeginsAside()]);
        await harness.SendAsync("begin");

        var replies = await harness.SendAsync("aside please");

        Assert.Equal(["aside shown", Catalog.En(CommonText.RetryText)], replies);
        Assert.Equal(["parent got answer:the real answer", "replaced (depth 1)"], await harness.SendAsync("the real answer"));
    }

    private sealed class BeginsAside : IInterruption
    {
        public int Order => 50;

        public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Text != "aside please")
            {
                return InterruptionResult.NotHandled;
            }

            await dc.BeginDialogAsync("aside", null, cancellationToken);
            return InterruptionResult.Handled;
        }
    }

    private sealed class Keyword(string word, int order, InterruptionResult outcome, string reply, bool cancel = false) : IInterruption
    {
        public int Order => order;

        public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (!string.Equals(dc.Text, word, StringComparison.Ordinal))
            {
                return InterruptionResult.NotHandled;
            }

            await dc.SendTextAsync(reply, cancellationToken);
            if (cancel)
            {
                dc.CancelAllDialogs();
            }

            return outcome;
        }
    }
}
