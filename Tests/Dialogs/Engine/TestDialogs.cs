using FluentValidation;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Engine;

/// <summary>Small dialogs built only from engine parts, to test the engine apart from the product's conversations.</summary>
internal static class TestDialogs
{
    /// <summary>Asks a choice (the menu's choices), a date, a yes/no, then free text; echoes what it got.</summary>
    public static IEnumerable<Dialog> Questionnaire(IValidator<DateOnly>? dateValidator = null) =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("choice", new PromptOptions { PromptKey = MenuText.Prompt.Name, Choices = Conversations.MenuChoices() }, ct),
            async (step, ct) =>
            {
                step.SetValue("choice", ((FoundChoice)step.Result!).Value);
                return await step.PromptAsync("date", new PromptOptions { PromptKey = CommonText.RetryDate.Name, AllowSkip = true }, ct);
            },
            async (step, ct) =>
            {
                step.SetValue("date", step.Skipped ? "skipped" : ((DateOnly)step.Result!).ToString("yyyy-MM-dd"));
                return await step.PromptAsync("confirm", new PromptOptions { PromptKey = CommonText.RetryConfirm.Name }, ct);
            },
            async (step, ct) =>
            {
                step.SetValue("confirm", (bool)step.Result!);
                return await step.PromptAsync("text", new PromptOptions { PromptKey = CommonText.RetryText.Name }, ct);
            },
            async (step, ct) =>
            {
                await step.Dialog.SendTextAsync($"RESULT choice={step.GetValue<string>("choice")} date={step.GetValue<string>("date")} confirm={step.GetValue<bool>("confirm")} text={step.Result}", ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]),
        new ChoicePrompt("choice"),
        new DatePrompt("date", dateValidator),
        new ConfirmPrompt("confirm"),
        new TextPrompt("text"),
    ];

    /// <summary>A parent that begins a child and reports the child's result.</summary>
    public static IEnumerable<Dialog> ParentAndChild() =>
    [
        new WaterfallDialog("parent",
        [
            (step, ct) => step.BeginDialogAsync("child", new { greeting = "hi" }, ct),
            async (step, ct) =>
            {
                await step.Dialog.SendTextAsync($"parent got {step.Result}", ct);
                return await step.ReplaceDialogAsync("after", null, ct);
            },
        ]),
        new WaterfallDialog("child",
        [
            async (step, ct) =>
            {
                await step.Dialog.SendTextAsync($"child started with {step.Options?["greeting"]} (depth {step.Dialog.Stack.Count})", ct);
                return await step.PromptAsync("text", new PromptOptions { PromptKey = CommonText.RetryText.Name }, ct);
            },
            (step, ct) => step.EndDialogAsync($"answer:{step.Result}", ct),
        ]),
        new WaterfallDialog("after",
        [
            async (step, ct) =>
            {
                await step.Dialog.SendTextAsync($"replaced (depth {step.Dialog.Stack.Count})", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        new TextPrompt("text"),
    ];

    private static class Conversations
    {
        public static List<Choice> MenuChoices() => ReportBot.Dialogs.Conversations.MenuDialog.Choices;
    }
}
