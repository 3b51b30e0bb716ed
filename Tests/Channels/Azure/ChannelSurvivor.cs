using Microsoft.Bot.Schema;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>A survivor on one Azure channel: types (the recorded text message) and presses buttons (the recorded press).</summary>
public sealed class ChannelSurvivor(AzureChannelBot azure, RecordedActivities recorded)
{
    private readonly List<Activity> _received = [];

    /// <summary>Everything the survivor received so far.</summary>
    public IReadOnlyList<Activity> Received => _received;

    /// <summary>Sends a message (the recorded one when <paramref name="text"/> is null); returns the replies.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string? text) => PostAsync(recorded.Text(text));

    /// <summary>
    /// Picks a choice of the last reply as the channel lets them: taps the button when buttons were shown, types its
    /// number when the choices came as numbered lines.
    /// </summary>
    public Task<IReadOnlyList<Activity>> PressAsync(IReadOnlyList<Activity> replies, string? label = null, int? index = null)
    {
        var last = replies.Last(r => r.Type == ActivityTypes.Message);
        if (last.SuggestedActions?.Actions is { Count: > 0 } buttons)
        {
            var button = index is { } i ? buttons[i] : buttons.Single(b => (string)b.Value == label);
            return PostAsync(recorded.Button((string)button.Value));
        }

        var lines = last.Text.Split('\n');
        var number = index is { } n ? n + 1 : Array.FindIndex(lines, l => l.EndsWith(". " + label, StringComparison.Ordinal)) is var at and >= 0
            ? int.Parse(lines[at].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"'{label}' is neither a button nor a numbered line of: {last.Text}");
        Assert.Contains($"\n{number}. ", "\n" + last.Text, StringComparison.Ordinal);
        return PostAsync(recorded.Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        var replies = await azure.PostAsync(activity);
        _received.AddRange(replies);
        return replies;
    }
}
