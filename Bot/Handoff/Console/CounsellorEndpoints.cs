using System.Security.Claims;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Resources;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>The counsellor API under <c>/api/counsellor</c>: JSON, signed-in counsellors only (except sign-in and the UI strings).</summary>
public static class CounsellorEndpoints
{
    private const int MaxMessageChars = 4000;

    public static void MapCounsellorApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/counsellor");
        api.MapCounsellorSignIn();
        api.MapGet("/strings", (ITextCatalog texts) => Results.Ok(ConsoleStrings.Build(texts))).AllowAnonymous();

        var desk = api.MapGroup("/handoffs").RequireAuthorization(CounsellorAuth.Policy);
        desk.MapGet("/", async (string? status, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
            Results.Ok(await d.ListAsync(status ?? "waiting", Me(user), ct)));
        desk.MapPost("/{id}/claim", async (string id, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
            HandoffIds.IsValid(id) ? ToResult(await d.ClaimAsync(id, Me(user), ct), new { id, status = "active" }) : Results.NotFound());
        desk.MapGet("/{id}/transcript", async (string id, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
        {
            if (!HandoffIds.IsValid(id))
            {
                return Results.NotFound();
            }

            var (access, lines) = await d.TranscriptAsync(id, Me(user), ct);
            return ToResult(access, new { id, lines });
        });
        desk.MapGet("/{id}/messages", async (string id, long? after, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
        {
            if (!HandoffIds.IsValid(id))
            {
                return Results.NotFound();
            }

            var (access, messages) = await d.MessagesAsync(id, Me(user), after ?? 0, ct);
            return ToResult(access, messages);
        });
        desk.MapPost("/{id}/messages", async (string id, CounsellorMessageRequest body, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
        {
            if (!HandoffIds.IsValid(id))
            {
                return Results.NotFound();
            }

            var text = body.Text?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Length > MaxMessageChars)
            {
                return Results.BadRequest(new { error = "text must be 1 to " + MaxMessageChars + " characters" });
            }

            var (access, message) = await d.SendAsync(id, Me(user), text, ct);
            return ToResult(access, message);
        });
        desk.MapPost("/{id}/end", async (string id, ClaimsPrincipal user, CounsellorDesk d, CancellationToken ct) =>
            HandoffIds.IsValid(id) ? ToResult(await d.EndAsync(id, Me(user), ct), new { id, status = "ended" }) : Results.NotFound());

        // A console connection must not outlive its token: it is closed when the token expires.
        app.MapHub<CounsellorHub>(CounsellorAuth.HubPath, hub => hub.CloseOnAuthenticationExpiration = true);
    }

    private static string Me(ClaimsPrincipal user) =>
        CounsellorAuth.IdOf(user) ?? throw new InvalidOperationException("An authorised counsellor without an id claim.");

    private static IResult ToResult(DeskAccess access, object? body) => access switch
    {
        DeskAccess.Allowed => Results.Ok(body),
        DeskAccess.NotFound => Results.NotFound(),
        DeskAccess.Forbidden => Results.StatusCode(StatusCodes.Status403Forbidden),
        DeskAccess.Undelivered => Results.StatusCode(StatusCodes.Status502BadGateway),
        _ => Results.Conflict(),
    };
}
