using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Records;

/// <summary>
/// The pages of the records feature, each a small form driven by <c>/records/records.js</c> (no inline script):
/// <c>/record</c> (type the case code, get the signed PDF or JSON), <c>/evidence</c> (the evidence log, opened with
/// the case code) and <c>/verify</c> (anyone checks a record file). Same headers as the chat page: own origin only,
/// no referrer, no caching, and the quick-exit link.
/// </summary>
public sealed class RecordsPages(ITextCatalog texts, WebChatSecurityHeaders headers, IOptions<WebChatOptions> webChat)
{
    private static readonly TextKey[] AllTexts = typeof(RecordsText)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<TextKey>()
        .ToArray();

    public static IEndpointRouteBuilder MapReportBotRecordPages(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RecordLinks.RecordPagePath, (HttpContext context, RecordsPages pages) => pages.Render(context, "record", RecordsText.PageRecordTitle, StatusCodes.Status200OK));
        endpoints.MapGet(RecordLinks.EvidencePagePath, (HttpContext context, RecordsPages pages) => pages.Render(context, "evidence", RecordsText.EvidenceTitle, StatusCodes.Status200OK));
        endpoints.MapGet(CaseRecords.VerifyPath, (HttpContext context, RecordsPages pages) => pages.Render(context, "verify", RecordsText.VerifyTitle, StatusCodes.Status200OK));
        return endpoints;
    }

    /// <summary>The record page, saying the one-time link cannot be used (any more).</summary>
    public IResult LinkGone(HttpContext context) => Render(context, "record", RecordsText.PageRecordTitle, StatusCodes.Status404NotFound, RecordsText.PageLinkGone);

    private IResult Render(HttpContext context, string page, TextKey title, int status, TextKey? notice = null)
    {
        var language = WebChatPage.ChooseLanguage(context.Request);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        headers.ApplyToPage(context.Response.Headers, nonce);
        string T(TextKey key) => WebUtility.HtmlEncode(texts.Get(key, language));
        var html = new StringBuilder(4096);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex, nofollow">
            <title>{T(title)}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/records/records.css">
            </head>
            <body data-page="{page}">
            <header class="rr-bar">
            <h1>{T(title)}</h1>
            <a id="rr-exit" class="rr-exit" href="{WebUtility.HtmlEncode(webChat.Value.QuickExitUrl)}" rel="noreferrer">{T(WebChatText.ExitButton)}</a>
            </header>
            <main>
            {(notice is null ? string.Empty : $"<p class=\"rr-notice\" role=\"alert\">{T(notice)}</p>")}
            {Body(page, T)}
            <p id="rr-status" class="rr-status" role="status" aria-live="polite"></p>
            </main>
            <noscript><p>{T(WebChatText.NoScript)}</p></noscript>
            <script type="application/json" id="rr-config">{Config(language)}</script>
            <script src="/records/records.js"></script>
            </body>
            </html>
            """);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string Body(string page, Func<TextKey, string> t) => page switch
    {
        "verify" => $"""
            <p>{t(RecordsText.VerifyIntro)}</p>
            <form id="rr-verify"><label>{t(RecordsText.VerifyPick)} <input type="file" id="rr-file" accept=".pdf,.json,application/pdf,application/json" required></label>
            <button type="submit">{t(RecordsText.VerifyCheck)}</button></form>
            <section id="rr-result" hidden></section>
            """,
        "evidence" => $"""
            <p>{t(RecordsText.EvidenceIntro)}</p>
            {CodeForm(t, $"<button type=\"submit\">{t(RecordsText.EvidenceOpen)}</button>")}
            <section id="rr-log" hidden>
            <form id="rr-files"><label>{t(RecordsText.EvidenceFiles)} <input type="file" id="rr-picked" multiple required></label>
            <label>{t(RecordsText.EvidenceLabel)} <input type="text" id="rr-label" maxlength="200" autocomplete="off"></label>
            <label>{t(RecordsText.EvidenceMade)} <input type="text" id="rr-made" maxlength="200" autocomplete="off"></label>
            <button type="submit">{t(RecordsText.EvidenceAddFiles)}</button></form>
            <p class="rr-hint">{t(RecordsText.EvidenceCapture)}</p>
            <form id="rr-urls"><label>{t(RecordsText.EvidenceUrl)} <input type="url" id="rr-url" maxlength="2000" autocomplete="off" required></label>
            <button type="submit">{t(RecordsText.EvidenceAddUrl)}</button></form>
            <h2>{t(RecordsText.EvidenceLogged)}</h2><ul id="rr-entries"></ul>
            <div id="rr-takedown" hidden><h2>{t(RecordsText.EvidenceTakedown)}</h2><p>{t(RecordsText.EvidenceTakedownIntro)}</p><div id="rr-takedown-list"></div></div>
            <div id="rr-blocking" hidden><h2>{t(RecordsText.EvidenceBlocking)}</h2><p>{t(RecordsText.EvidenceBlockingIntro)}</p><ul id="rr-blocking-list"></ul></div>
            </section>
            """,
        _ => $"""
            <p>{t(RecordsText.PageRecordIntro)}</p>
            {CodeForm(t, $"<button type=\"submit\" name=\"format\" value=\"pdf\">{t(RecordsText.PageGetPdf)}</button> <button type=\"submit\" name=\"format\" value=\"json\" class=\"rr-secondary\">{t(RecordsText.PageGetJson)}</button>")}
            """,
    };

    private static string CodeForm(Func<TextKey, string> t, string buttons) =>
        $"""<form id="rr-code"><label>{t(RecordsText.PageCodeLabel)} <input type="text" id="rr-case-code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="64" required></label> {buttons}</form>""";

    private string Config(Language language)
    {
        var strings = Enum.GetValues<Language>().ToDictionary(l => l.Code(), l => AllTexts.ToDictionary(k => k.Name, k => texts.Get(k, l)));
        // The default encoder escapes <, > and &, so nothing here can close the script element.
        return JsonSerializer.Serialize(new { language = language.Code(), strings });
    }
}
