using Microsoft.Bot.Builder;

namespace ReportBot.Bot.Privacy;

/// <summary>Nobody has agreed to share contact details: everything is redacted.</summary>
public sealed class NoContactSharingConsent : IContactSharingConsent
{
    public Task<bool> AllowsContactDetailsAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
}
