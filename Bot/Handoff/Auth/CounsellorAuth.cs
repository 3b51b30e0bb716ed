using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// Counsellor sign-in: a JWT bearer scheme of its own (so the Bot Framework's tokens on /api/messages are never
/// looked at by it), validating either the bot's own short-lived tokens (local accounts) or Entra ID tokens with
/// the counsellor app role.
/// </summary>
public static class CounsellorAuth
{
    public const string Scheme = "Counsellor";
    public const string Policy = "Counsellor";
    public const string LocalIssuer = "reportbot-local";
    public const string LocalAudience = "reportbot-counsellor";
    public const string HubPath = "/api/counsellor/hub";

    public static IServiceCollection AddCounsellorAuthentication(this IServiceCollection services, CounsellorAuthOptions options)
    {
        services.AddAuthentication()
            .AddJwtBearer(Scheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                if (options.IsLocal)
                {
                    jwt.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = LocalIssuer,
                        ValidAudience = LocalAudience,
                        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                        NameClaimType = JwtRegisteredClaimNames.Sub,
                        RoleClaimType = "roles",
                        ClockSkew = TimeSpan.FromSeconds(30),
                    };
                }
                else
                {
                    jwt.Authority = options.Instance.TrimEnd('/') + "/" + options.TenantId + "/v2.0";
                    // v2.0 access tokens carry the API's client id in "aud"; accept its application id URI form too.
                    jwt.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudiences = Guid.TryParse(options.Audience, out _) ? [options.Audience, "api://" + options.Audience] : [options.Audience!],
                        NameClaimType = "name",
                        RoleClaimType = "roles",
                    };
                }

                jwt.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on a WebSocket: SignalR sends the token in the query string, only here.
                    OnMessageReceived = context =>
                    {
                        if (context.HttpContext.Request.Path.StartsWithSegments(HubPath) && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
                if (options.IsLocal)
                {
                    jwt.Events.OnTokenValidated = ValidateLocalSessionAsync;
                }
            });
        if (options.IsLocal)
        {
            // The key comes from DI (configured, or derived from the key-encryption key), read when the options are built.
            services.AddOptions<JwtBearerOptions>(Scheme).Configure<CounsellorSigningKey>((jwt, key) =>
                jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key.Value));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireRole(options.Role));
        return services;
    }

    /// <summary>The counsellor's stable id: the Entra object id, or the local account name.</summary>
    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.FindFirst("oid")?.Value ?? user?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;

    /// <summary>Issues a local token for a counsellor who signed in with a local account.</summary>
    public static (string Token, DateTimeOffset ExpiresAt) IssueLocalToken(string name, string sessionId, CounsellorAuthOptions options, byte[] key, DateTimeOffset now)
    {
        var expires = now.AddMinutes(options.TokenMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalIssuer,
            Audience = LocalAudience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = name, [CounsellorSessions.Claim] = sessionId, ["roles"] = new[] { options.Role } },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    // A signed, unexpired local token is honoured only while its session lives and its account is unchanged.
    private static async Task ValidateLocalSessionAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var name = context.Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var session = context.Principal?.FindFirst(CounsellorSessions.Claim)?.Value;
        var account = name is null ? null : await services.GetRequiredService<CounsellorAccounts>().FindAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || !await services.GetRequiredService<CounsellorSessions>().IsActiveAsync(session, name, CounsellorAccounts.StampOf(account), context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            CounsellorSignInLog.SessionEnded(services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Counsellor"));
            context.Fail("The session has ended.");
        }
    }
}
