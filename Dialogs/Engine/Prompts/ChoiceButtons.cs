using Microsoft.Bot.Schema;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Turns choices into buttons. A button posts its label, which the recogniser matches in any language.</summary>
internal static class ChoiceButtons
{
    public static IList<CardAction>? For(DialogContext dc, IReadOnlyList<Choice>? choices)
    {
        if (choices is not { Count: > 0 })
        {
            return null;
        }

        return choices
            .Select((choice, i) =>
            {
                var label = dc.Services.Texts.Find(choice.LabelKey, dc.Language) ?? choice.Value;
                return new CardAction(ActionTypes.ImBack, title: label, value: label);
            })
            .ToList();
    }
}
