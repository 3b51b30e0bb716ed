namespace ReportBot.Bot.Handoff.Auth;

/// <summary>How counsellors sign in (section <c>Counsellor</c>): local accounts with tokens the bot signs, or Entra ID.</summary>
public sealed class CounsellorAuthOptions
{
    public const string Section = "Counsellor";
    public const string LocalMode = "Local";
    public const string EntraMode = "EntraId";

    /// <summary>"Local" (accounts made with <c>counsellor add</c>) or "EntraId".</summary>
    public string Mode { get; set; } = LocalMode;

    /// <summary>Local mode: the HMAC key (base64, 32 bytes) that signs tokens; generated into the data folder when empty.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Local mode: how long a sign-in lasts.</summary>
    public int TokenMinutes { get; set; } = 60;

    /// <summary>Entra ID: the authority's instance.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Entra ID: the directory (tenant) id.</summary>
    public string? TenantId { get; set; }

    /// <summary>Entra ID: the API's application id URI or client id that tokens are issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The app role (or local role) a counsellor must have.</summary>
    public string Role { get; set; } = "Counsellor";

    /// <summary>Local mode: sign-in attempts one client address may make per minute (the address is never stored).</summary>
    public int SignInsPerAddressPerMinute { get; set; } = 10;

    /// <summary>Local mode: sign-in attempts per account name per minute, from anywhere.</summary>
    public int SignInsPerAccountPerMinute { get; set; } = 10;

    /// <summary>Local mode: this many wrong passwords in a row lock the account for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>Local mode: how long a locked account refuses every sign-in, right password included.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Local mode: password hashes computed at once (each takes a core for a while); 0 means half the cores.</summary>
    public int MaxConcurrentHashes { get; set; }

    public bool IsLocal => string.Equals(Mode, LocalMode, StringComparison.OrdinalIgnoreCase);
}
