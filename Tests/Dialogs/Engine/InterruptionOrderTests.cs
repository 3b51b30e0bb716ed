using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Interruptions;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Engine;

public sealed class InterruptionOrderTests
{
    [Fact]
    public async Task The_app_checks_a_message_against_the_global_commands_in_the_same_sequence_as_before_the_order_was_named()
    {
        await using var host = new DialogTestHost();

        var interruptions = host.Services.GetServices<IInterruption>().ToList();
        var sequence = interruptions.OrderBy(i => i.Order).Select(i => i.GetType()).ToList();

        // Help and the counsellor request once shared an order and help won by registration; it must still come first.
        // Finding it hard to begin (at the menu) comes before help: "I don't know how to say this" asks for time; so does
        // saying how hard it is ("i cant sleep since it happened"), after the crisis check has read it.
        // A supporter ("how can i help my daughter") is answered before the command check asks about the help; a bare
        // greeting or thanks at the menu only after every command.
        Assert.Equal(
            [
                typeof(InputGuardInterruption), typeof(CrisisInterruption), typeof(WelcomeBackInterruption), typeof(SupporterInterruption), typeof(ReportQuestionBackInterruption), typeof(ChoiceQuestionBackInterruption), typeof(YesNoDoubtInterruption), typeof(CommandCheckInterruption), typeof(UnfinishedAnswerInterruption), typeof(GoBackInterruption),
                typeof(LanguageInterruption), typeof(HesitationInterruption), typeof(DistressInterruption), typeof(HelpInterruption), typeof(HandoffInterruption), typeof(LegalOptionsInterruption),
                typeof(DeleteDataInterruption), typeof(MenuShortcutInterruption), typeof(GreetingInterruption), typeof(ExitInterruption), typeof(StoryAtTheKindInterruption),
            ],
            sequence);
        Assert.Equal(interruptions.Count, interruptions.Select(i => i.Order).Distinct().Count());
    }

    [Fact]
    public async Task Only_the_input_guard_and_the_crisis_check_run_while_a_counsellor_holds_the_conversation()
    {
        await using var host = new DialogTestHost();

        var duringRelay = host.Services.GetServices<IInterruption>()
            .Where(i => i.Order < ReportBot.Bot.Handoff.Relay.HandoffRouter.SafetyOrderLimit)
            .OrderBy(i => i.Order)
            .Select(i => i.GetType());

        Assert.Equal([typeof(InputGuardInterruption), typeof(CrisisInterruption)], duringRelay);
    }
}
