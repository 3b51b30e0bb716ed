using FluentValidation;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Checks the <c>Kakao</c> settings. Never echoes the secret.</summary>
public sealed class KakaoOptionsValidator : AbstractValidator<KakaoOptions>
{
    public KakaoOptionsValidator()
    {
        RuleFor(o => o.Path)
            .Must(p => p.StartsWith('/') && !p.Contains(' ', StringComparison.Ordinal) && p.Length > 1)
            .WithMessage(o => $"Setting 'Kakao:Path' must be a path starting with '/' (it is '{o.Path}').");
        RuleFor(o => o.HeaderName)
            .Matches("^[A-Za-z0-9-]{1,64}$")
            .WithMessage("Setting 'Kakao:HeaderName' must be an HTTP header name (letters, digits, '-').");
        RuleFor(o => o.Secret)
            .Must(s => s is null || s.Length == 0 || s.Length >= 32)
            .WithMessage("Setting 'Kakao:Secret' must be at least 32 characters long (a long random value), or empty for local use.");
        RuleFor(o => o.ConversationKey)
            .Must(s => s is null || s.Length == 0 || s.Length >= 32)
            .WithMessage("Setting 'Kakao:ConversationKey' must be at least 32 characters long, or empty.");
        RuleFor(o => o.MaxRequestBytes).InclusiveBetween(4 * 1024, 1024 * 1024)
            .WithMessage(o => $"Setting 'Kakao:MaxRequestBytes' must be between 4096 and 1048576 (it is {o.MaxRequestBytes}).");
        RuleFor(o => o.ReplyBudgetMilliseconds).InclusiveBetween(100, 4500)
            .WithMessage(o => $"Setting 'Kakao:ReplyBudgetMilliseconds' must be between 100 and 4500, under Kakao's 5 s limit (it is {o.ReplyBudgetMilliseconds}).");
        RuleFor(o => o.MaxOutputs).InclusiveBetween(2, 3)
            .WithMessage(o => $"Setting 'Kakao:MaxOutputs' must be 2 or 3 (it is {o.MaxOutputs}).");
        RuleFor(o => o.MaxTextChars).InclusiveBetween(100, 1000)
            .WithMessage(o => $"Setting 'Kakao:MaxTextChars' must be between 100 and 1000 (it is {o.MaxTextChars}).");
        RuleFor(o => o.MaxQuickReplies).InclusiveBetween(2, 10)
            .WithMessage(o => $"Setting 'Kakao:MaxQuickReplies' must be between 2 and 10 (it is {o.MaxQuickReplies}).");
        RuleFor(o => o.MaxQuickReplyLabelChars).InclusiveBetween(4, 14)
            .WithMessage(o => $"Setting 'Kakao:MaxQuickReplyLabelChars' must be between 4 and 14 (it is {o.MaxQuickReplyLabelChars}).");
        RuleFor(o => o.CallbackAttempts).InclusiveBetween(1, 5)
            .WithMessage(o => $"Setting 'Kakao:CallbackAttempts' must be between 1 and 5 (it is {o.CallbackAttempts}).");
        RuleFor(o => o.CallbackTimeoutMilliseconds).InclusiveBetween(500, 30_000)
            .WithMessage(o => $"Setting 'Kakao:CallbackTimeoutMilliseconds' must be between 500 and 30000 (it is {o.CallbackTimeoutMilliseconds}).");
        RuleFor(o => o.PendingPerConversation).InclusiveBetween(1, 1000)
            .WithMessage(o => $"Setting 'Kakao:PendingPerConversation' must be between 1 and 1000 (it is {o.PendingPerConversation}).");
        RuleFor(o => o.PendingConversations).InclusiveBetween(1, 1_000_000)
            .WithMessage(o => $"Setting 'Kakao:PendingConversations' must be between 1 and 1000000 (it is {o.PendingConversations}).");
        RuleFor(o => o.PendingHours).InclusiveBetween(1, 24 * 30)
            .WithMessage(o => $"Setting 'Kakao:PendingHours' must be between 1 and 720 (it is {o.PendingHours}).");
        RuleForEach(o => o.CallbackHosts).Must(h => Uri.CheckHostName(h) != UriHostNameType.Unknown)
            .WithMessage("Every entry of 'Kakao:CallbackHosts' must be a host name.");
        RuleForEach(o => o.AllowedBotIds).NotEmpty()
            .WithMessage("Entries of 'Kakao:AllowedBotIds' must not be empty.");
    }
}
