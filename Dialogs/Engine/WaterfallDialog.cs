using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Engine;

/// <summary>
/// A dialog made of steps run in order. A step usually asks something (begins a prompt) and the next step
/// receives the answer in <see cref="WaterfallStepContext.Result"/>. The step index and the values the steps
/// collect live in the instance state.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string ValuesKey = "values";
    internal const string OptionsKey = "options";

    private readonly IReadOnlyList<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        _steps = steps.ToArray();
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = -1;
        state[ValuesKey] = new JObject();
        if (options is not null)
        {
            state[OptionsKey] = JToken.FromObject(options);
        }

        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message reached the waterfall itself (no prompt on top): it is the current step's answer.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeAsync(dc, dc.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.State.Value<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var step = new WaterfallStepContext(this, dc, instance, index, result);
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }
}
