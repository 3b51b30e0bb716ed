using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>What one waterfall step sees: the previous answer, the values collected so far, and the stack.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, object? result)
    {
        _waterfall = waterfall;
        Dialog = dc;
        _instance = instance;
        Index = index;
        Result = result;
    }

    public DialogContext Dialog { get; }

    public int Index { get; }

    /// <summary>The answer from the previous step's prompt or child dialog.</summary>
    public object? Result { get; }

    /// <summary>True when the survivor skipped the previous question.</summary>
    public bool Skipped => Result is SkippedAnswer;

    public Language Language => Dialog.Language;

    /// <summary>Values the steps have collected; persisted with the dialog instance.</summary>
    public JObject Values => (JObject)_instance.State[WaterfallDialog.ValuesKey]!;

    /// <summary>The options the waterfall was begun with, as JSON.</summary>
    public JToken? Options => _instance.State[WaterfallDialog.OptionsKey];

    public T? GetValue<T>(string name) => Values.TryGetValue(name, out var token) ? token.ToObject<T>() : default;

    public void SetValue(string name, object? value) =>
        Values[name] = value is null ? JValue.CreateNull() : JToken.FromObject(value);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Dialog.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Dialog, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task SendAsync(TextKey key, CancellationToken cancellationToken, params (string Name, object? Value)[] args) =>
        Dialog.SendAsync(key, cancellationToken, args);
}
