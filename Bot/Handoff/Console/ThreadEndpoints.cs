using System.Security.Claims;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// The counsellor API for threads on case codes: <c>GET /api/counsellor/threads</c> (the inbox),
/// <c>GET /api/counsellor/threads/windows</c> (upcoming preferred times) and
/// <c>POST /api/counsellor/handoffs/{id}/reply</c> <c>{"text"}</c>. Signed-in counsellors only.
/// </summary>
public static class ThreadEndpoints
{
    public const int MaxReplyChars = 4000;

    public static void MapThreadApi(this WebApplication app)
    {
        var threads = app.MapGroup("/api/counsellor/threads").RequireAuthorization(CounsellorAuth.Policy);
        threads.MapGet("/", async (ClaimsPrincipal user, ThreadDesk desk, CancellationToken ct) =>
            Results.Ok(await desk.InboxAsync(Me(user), ct)));
        threads.MapGet("/windows", async (ClaimsPrincipal user, ThreadDesk desk, CancellationToken ct) =>
            Results.Ok(await desk.WindowsAsync(Me(user), ct)));

        var handoffs = app.MapGroup("/api/counsellor/handoffs").RequireAuthorization(CounsellorAuth.Policy);
        handoffs.MapPost("/{id}/reply", async (string id, CounsellorMessageRequest body, ClaimsPrincipal user, ThreadDesk desk, CancellationToken ct) =>
        {
            if (!HandoffIds.IsValid(id))
            {
                return Results.NotFound();
            }

            var text = body.Text?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Length > MaxReplyChars)
            {
                return Results.BadRequest(new { error = "text must be 1 to " + MaxReplyChars + " characters" });
            }

            var (access, message) = await desk.ReplyAsync(id, Me(user), text, ct);
            return access switch
            {
                DeskAccess.Allowed => Results.Ok(message),
                DeskAccess.NotFound => Results.NotFound(),
                DeskAccess.Forbidden => Results.StatusCode(StatusCodes.Status403Forbidden),
                _ => Results.Conflict(),
            };
        });
    }

    private static string Me(ClaimsPrincipal user) =>
        CounsellorAuth.IdOf(user) ?? throw new InvalidOperationException("An authorised counsellor without an id claim.");
}
