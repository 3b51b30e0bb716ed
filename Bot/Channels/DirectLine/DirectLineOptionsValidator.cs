using FluentValidation;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Checks the <c>DirectLine</c> settings. Never echoes a secret or key.</summary>
public sealed class DirectLineOptionsValidator : AbstractValidator<DirectLineOptions>
{
    /// <summary>directlinejs refreshes tokens every 15 minutes without reading expires_in; leave room for a slow network.</summary>
    public static readonly TimeSpan MinimumTokenLifetime = TimeSpan.FromMinutes(20);

    public DirectLineOptionsValidator()
    {
        RuleFor(o => o.TokenLifetime)
            .InclusiveBetween(MinimumTokenLifetime, TimeSpan.FromHours(24))
            .WithMessage(o => $"Setting 'DirectLine:TokenLifetime' must be between 00:20:00 and 1.00:00:00 (it is {o.TokenLifetime}); Web Chat refreshes its token only every 15 minutes.");
        RuleFor(o => o.IdleTimeout)
            .InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromHours(24))
            .WithMessage(o => $"Setting 'DirectLine:IdleTimeout' must be between 00:01:00 and 1.00:00:00 (it is {o.IdleTimeout}).");
        RuleFor(o => o.MaxConversations)
            .InclusiveBetween(1, 1_000_000)
            .WithMessage(o => $"Setting 'DirectLine:MaxConversations' must be between 1 and 1000000 (it is {o.MaxConversations}).");
        RuleFor(o => o.MaxActivitiesPerConversation)
            .InclusiveBetween(20, 100_000)
            .WithMessage(o => $"Setting 'DirectLine:MaxActivitiesPerConversation' must be between 20 and 100000 (it is {o.MaxActivitiesPerConversation}).");
        RuleFor(o => o.ConversationStartsPerMinute)
            .InclusiveBetween(1, 10_000)
            .WithMessage(o => $"Setting 'DirectLine:ConversationStartsPerMinute' must be between 1 and 10000 (it is {o.ConversationStartsPerMinute}).");
        RuleFor(o => o.MaxLifetime)
            .InclusiveBetween(TimeSpan.FromMinutes(10), TimeSpan.FromDays(2))
            .WithMessage(o => $"Setting 'DirectLine:MaxLifetime' must be between 00:10:00 and 2.00:00:00 (it is {o.MaxLifetime}).");
        RuleFor(o => o.MaxBytesPerConversation)
            .InclusiveBetween(64 * 1024, 64L * 1024 * 1024)
            .WithMessage(o => $"Setting 'DirectLine:MaxBytesPerConversation' must be between 65536 and 67108864 (it is {o.MaxBytesPerConversation}).");
        RuleFor(o => o.MaxTotalBytes)
            .Must((o, total) => total >= o.MaxBytesPerConversation && total <= 64L * 1024 * 1024 * 1024)
            .WithMessage(o => $"Setting 'DirectLine:MaxTotalBytes' must be at least 'DirectLine:MaxBytesPerConversation' and at most 68719476736 (it is {o.MaxTotalBytes}).");
        RuleFor(o => o.MessagesPerMinute)
            .InclusiveBetween(5, 10_000)
            .WithMessage(o => $"Setting 'DirectLine:MessagesPerMinute' must be between 5 and 10000 (it is {o.MessagesPerMinute}).");
        RuleFor(o => o.MaxStreamsPerConversation)
            .InclusiveBetween(1, 100)
            .WithMessage(o => $"Setting 'DirectLine:MaxStreamsPerConversation' must be between 1 and 100 (it is {o.MaxStreamsPerConversation}).");
        RuleFor(o => o.ErasureGrace)
            .InclusiveBetween(TimeSpan.Zero, TimeSpan.FromMinutes(30))
            .WithMessage(o => $"Setting 'DirectLine:ErasureGrace' must be between 00:00:00 and 00:30:00 (it is {o.ErasureGrace}).");
        RuleFor(o => o.Secret)
            .Must(s => string.IsNullOrEmpty(s) || s.Length >= 32)
            .WithMessage("Setting 'DirectLine:Secret' must be at least 32 characters long when set.");
        RuleFor(o => o.TokenSigningKey)
            .Must(BeALongEnoughBase64Key)
            .WithMessage("Setting 'DirectLine:TokenSigningKey' must be base64 of at least 32 random bytes when set (e.g. `openssl rand -base64 32`).");
    }

    private static bool BeALongEnoughBase64Key(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }

        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written >= 32;
    }
}
