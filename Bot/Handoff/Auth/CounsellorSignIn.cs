using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// Local sign-in and sign-out (<c>/api/counsellor/login</c>, <c>/logout</c>): rate-limited per client address by
/// ASP.NET Core's rate limiter, per account and with a lockout by <see cref="CounsellorSignInGuard"/>; each good
/// sign-in starts a server-side session that the token names.
/// </summary>
public static class CounsellorSignIn
{
    public const string AddressPolicy = "counsellor-sign-in";

    /// <summary>The per-address limit on sign-in attempts. The address is never stored: partitions are keyed by an HMAC.</summary>
    public static IServiceCollection AddCounsellorSignInLimits(this IServiceCollection services, CounsellorAuthOptions options)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new { error = "too many sign-in attempts; wait a minute" }));
            };
            limiter.AddPolicy(AddressPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                Convert.ToBase64String(HMACSHA256.HashData(key, http.Connection.RemoteIpAddress?.GetAddressBytes() ?? []), 0, 16),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddSingleton<CounsellorSignInGuard>();
        services.AddSingleton<CounsellorSessions>();
        return services;
    }

    public static void MapCounsellorSignIn(this RouteGroupBuilder api)
    {
        api.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(AddressPolicy);
        api.MapPost("/logout", async (System.Security.Claims.ClaimsPrincipal user, CounsellorSessions sessions, CancellationToken cancellationToken) =>
        {
            if (user.FindFirst(CounsellorSessions.Claim)?.Value is { } session)
            {
                await sessions.EndAsync(session, cancellationToken).ConfigureAwait(false);
            }

            return Results.NoContent();
        }).RequireAuthorization(CounsellorAuth.Policy);
    }

    private static async Task<IResult> LoginAsync(
        CounsellorLogin body,
        IOptions<CounsellorAuthOptions> options,
        CounsellorAccounts accounts,
        CounsellorSigningKey key,
        CounsellorSignInGuard guard,
        CounsellorSessions sessions,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!options.Value.IsLocal)
        {
            // With Entra ID the console signs in with Microsoft; the bot issues no tokens.
            return Results.NotFound();
        }

        var logger = loggers.CreateLogger("ReportBot.Counsellor");
        var name = body.Name?.Trim() ?? string.Empty;
        var password = body.Password ?? string.Empty;
        if (!CounsellorAccounts.IsValidName(name) || password.Length > 1024)
        {
            HandoffLog.SignInFailed(logger);
            return Unauthorized();
        }

        if (guard.Refusal(name) is { } wait)
        {
            // Locked or tried too often: the password is not even checked, so a locked account costs no hashing.
            CounsellorSignInLog.Refused(logger);
            return TooMany(wait);
        }

        var checkedAccount = await guard.HashAsync(
            async ct => guard.IsLocked(name) ? new Verified(null, Locked: true) : new Verified(await accounts.VerifyAsync(name, password, ct).ConfigureAwait(false), Locked: false),
            cancellationToken).ConfigureAwait(false);
        if (checkedAccount is not { } verified)
        {
            CounsellorSignInLog.HashingBusy(logger);
            return TooMany(TimeSpan.FromSeconds(5));
        }

        if (verified.Locked)
        {
            // Locked while this guess waited for a hashing slot: it is refused unhashed too.
            CounsellorSignInLog.Refused(logger);
            return TooMany(TimeSpan.FromMinutes(options.Value.LockoutMinutes));
        }

        if (verified.Account is not { } account)
        {
            HandoffLog.SignInFailed(logger);
            if (guard.Failed(name))
            {
                CounsellorSignInLog.Locked(logger, options.Value.LockoutMinutes);
            }

            return Unauthorized();
        }

        guard.Succeeded(name);
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.TokenMinutes);
        var session = await sessions.StartAsync(name, CounsellorAccounts.StampOf(account), expires, cancellationToken).ConfigureAwait(false);
        var (token, expiresAt) = CounsellorAuth.IssueLocalToken(name, session, options.Value, key.Value, now);
        return Results.Ok(new { token, expiresAt, name });
    }

    private static IResult Unauthorized() =>
        Results.Json(new { error = "invalid name or password" }, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult TooMany(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        return new RetryAfterResult(seconds);
    }

    private readonly record struct Verified(CounsellorAccount? Account, bool Locked);

    private sealed class RetryAfterResult(int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return httpContext.Response.WriteAsJsonAsync(new { error = "too many sign-in attempts; try again later" });
        }
    }
}
