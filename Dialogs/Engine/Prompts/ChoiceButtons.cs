using System.Globalization;
using Microsoft.Bot.Schema;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>Turns choices into buttons (or numbered lines). A button posts its label, which the recogniser matches in any language.</summary>
internal static class ChoiceButtons
{
    public static IList<CardAction>? For(DialogContext dc, IReadOnlyList<Choice>? choices)
    {
        if (choices is not { Count: > 0 })
        {
            return null;
        }

        return choices
            .Select(choice =>
            {
                var label = Label(dc, choice);
                return new CardAction(ActionTypes.ImBack, title: label, value: label);
            })
            .ToList();
    }

    /// <summary>The choices as lines "1. label", in the order of the buttons, so a number picks what the button would.</summary>
    public static string Numbered(DialogContext dc, IReadOnlyList<Choice> choices) =>
        string.Join("\n", choices.Select((choice, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Label(dc, choice)}")));

    private static string Label(DialogContext dc, Choice choice) => dc.Services.Texts.Find(choice.LabelKey, dc.Language) ?? choice.Value;
}
