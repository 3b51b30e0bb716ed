using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Pages.WebChat;

/// <summary>
/// Renders the page at <c>/</c>: the quick-exit bar (usable before any script has loaded), the Web Chat container,
/// and the page's settings and strings in both languages as a JSON data block (no inline script runs).
/// </summary>
public sealed class WebChatPage(ITextCatalog texts, IOptions<WebChatOptions> options)
{
    public string Render(Language language, string nonce)
    {
        string T(TextKey key) => WebUtility.HtmlEncode(texts.Get(key, language));
        var other = language == Language.Korean ? Language.English : Language.Korean;
        var html = new StringBuilder(4096);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex, nofollow">
            <title data-text="{WebChatText.Title.Name}">{T(WebChatText.Title)}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/webchat/app.css">
            </head>
            <body>
            <header class="rb-bar">
            <h1 class="rb-title" data-text="{WebChatText.Title.Name}">{T(WebChatText.Title)}</h1>
            <button type="button" id="rb-language" class="rb-language" lang="{other.Code()}" data-text="{WebChatText.LanguageToggle.Name}" data-label="{WebChatText.LanguageToggleLabel.Name}" aria-label="{T(WebChatText.LanguageToggleLabel)}">{T(WebChatText.LanguageToggle)}</button>
            <a id="rb-exit" class="rb-exit" href="{WebUtility.HtmlEncode(options.Value.QuickExitUrl)}" rel="noreferrer" data-text="{WebChatText.ExitButton.Name}">{T(WebChatText.ExitButton)}</a>
            </header>
            <p class="rb-note"><span data-text="{WebChatText.Intro.Name}">{T(WebChatText.Intro)}</span> <span data-text="{WebChatText.ExitHint.Name}">{T(WebChatText.ExitHint)}</span></p>
            <p id="rb-status" class="rb-status" role="status" data-text="{WebChatText.Connecting.Name}">{T(WebChatText.Connecting)}</p>
            <main id="rb-chat" class="rb-chat" data-label="{WebChatText.ChatLabel.Name}" aria-label="{T(WebChatText.ChatLabel)}"></main>
            <noscript><p class="rb-status">{T(WebChatText.NoScript)}</p></noscript>
            <script type="application/json" id="rb-config">{ConfigJson(language, nonce)}</script>
            <script src="/lib/webchat.js"></script>
            <script src="/webchat/app.js"></script>
            </body>
            </html>
            """);
        return html.ToString();
    }

    /// <summary>The language for a visitor: <c>?lang=</c> first, then the browser's preference, else Korean.</summary>
    public static Language ChooseLanguage(HttpRequest request)
    {
        if (LanguageExtensions.FromCode(request.Query["lang"].ToString()) is { } asked)
        {
            return asked;
        }

        var preferences = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => LanguageExtensions.FromCode(l.Value.ToString()))
            .FirstOrDefault(l => l is not null);
        return preferences ?? Language.Korean;
    }

    private string ConfigJson(Language language, string nonce)
    {
        var strings = Enum.GetValues<Language>().ToDictionary(
            l => l.Code(),
            l => WebChatText.All.ToDictionary(k => k.Name, k => texts.Get(k, l)));
        var config = new
        {
            language = language.Code(),
            locales = Enum.GetValues<Language>().ToDictionary(l => l.Code(), l => l.Culture().Name),
            directLinePath = DirectLineEndpoints.BasePath,
            tokenPath = WebChatEndpoints.TokenPath,
            quickExitUrl = options.Value.QuickExitUrl,
            nonce,
            strings,
        };

        // The default encoder escapes <, > and & (and non-ASCII), so nothing here can close the script element.
        return JsonSerializer.Serialize(config);
    }
}
