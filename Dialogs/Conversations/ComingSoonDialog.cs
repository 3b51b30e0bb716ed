using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>Says plainly that a part of the service is not open yet (and where to get help meanwhile), then ends.</summary>
public sealed class ComingSoonDialog : Dialog
{
    public const string DialogId = "comingSoon";

    public ComingSoonDialog()
        : base(DialogId)
    {
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var key = options as string ?? throw new ArgumentException("The coming-soon dialog needs a string key.", nameof(options));
        await dc.SendAsync(new TextKey(key), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
