using System.Globalization;
using System.Text;
using ReportBot.Resources;
using ReportBot.Resources.Legal;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// Turns one chunk reference into the few lines a survivor reads: the point, its source (statute and article, or the
/// organisation's address), when the law took effect and when it was last reviewed. Returns null for anything that
/// may not be shown. Law passed but not yet in force on <c>today</c> is marked "from (date)" and reads as plain law from
/// that day on, so nothing is redeployed when it takes effect.
/// </summary>
public static class LegalChunkRenderer
{
    /// <summary>Citations per option: enough to say what it rests on without burying the point.</summary>
    private const int MaxCitations = 3;

    /// <summary>The format of in-force dates in both languages: "from 2027-04-22" reads the same everywhere.</summary>
    private const string InForceFormat = "yyyy-MM-dd";

    public static string? Render(LegalContent content, string chunk, IReadOnlyCollection<string> relevantTopics, Language language, ITextCatalog texts, DateOnly today)
    {
        if (texts is not TextCatalog catalog)
        {
            return RenderChunk(content, chunk, relevantTopics, language, texts, today);
        }

        if (LegalChunkCache.TryGet(content, chunk, relevantTopics, language, catalog, today, out var key, out var cached))
        {
            return cached;
        }

        var text = RenderChunk(content, chunk, relevantTopics, language, texts, today);
        LegalChunkCache.Add(content, key, text);
        return text;
    }

    private static string? RenderChunk(LegalContent content, string chunk, IReadOnlyCollection<string> relevantTopics, Language language, ITextCatalog texts, DateOnly today)
    {
        if (chunk.StartsWith(LegalReadingPlan.OptionPrefix, StringComparison.Ordinal))
        {
            return content.ShowableOption(chunk[LegalReadingPlan.OptionPrefix.Length..]) is { } option
                ? RenderOption(content, option, relevantTopics, language, texts, today)
                : null;
        }

        if (chunk.StartsWith(LegalReadingPlan.TopicPrefix, StringComparison.Ordinal))
        {
            return content.ShowableTopic(chunk[LegalReadingPlan.TopicPrefix.Length..]) is { } topic
                ? RenderTopic(content, topic, language, texts, today)
                : null;
        }

        if (chunk.StartsWith(LegalReadingPlan.OrganisationsPrefix, StringComparison.Ordinal))
        {
            var organisations = chunk[LegalReadingPlan.OrganisationsPrefix.Length..].Split(',')
                .Select(content.ShowableOrganisation)
                .OfType<SupportOrganisation>()
                .ToList();
            return organisations.Count == 0 ? null : RenderOrganisations(organisations, language, texts);
        }

        return null;
    }

    /// <summary>The citation in the survivor's language: the Korean statute name with its article, or "Article 14(1), Act on ..." with the Korean name after it.</summary>
    public static string Citation(LegalContent content, LegalTopic topic, Language language) => Citations(content, [topic], language);

    /// <summary>Citations grouped by law, so a long statute name is written once before its articles.</summary>
    public static string Citations(LegalContent content, IReadOnlyList<LegalTopic> topics, Language language) =>
        string.Join(" · ", topics.GroupBy(t => t.Statute).Select(group =>
        {
            var articles = string.Join(", ", group.Select(t => t.Article.Get(language)));
            var statute = content.FindStatute(group.Key);
            if (statute is null)
            {
                return articles;
            }

            return language == Language.Korean
                ? $"{statute.Name.Ko} {articles}"
                : $"{articles}, {statute.Name.En} ({statute.Name.Ko})";
        }));

    private static string RenderOption(LegalContent content, LegalOption option, IReadOnlyCollection<string> relevantTopics, Language language, ITextCatalog texts, DateOnly today)
    {
        // A crime that fits the report is cited only once its law is in force; the laws an option rests on always are,
        // and then the whole option waits for them (below).
        var cited = option.Topics
            .Concat(option.TopicsWhenRelevant.Where(id => relevantTopics.Contains(id) && content.FindTopic(id)?.IsInForceOn(today) == true))
            .Distinct()
            .Select(content.ShowableTopic)
            .OfType<LegalTopic>()
            .Take(MaxCitations)
            .ToList();
        var organisations = option.Organisations.Select(content.ShowableOrganisation).OfType<SupportOrganisation>().ToList();

        var text = new StringBuilder();
        text.Append(option.Title.Get(language)).Append('\n');
        if (content.AvailableFrom(option) is { } from && from > today)
        {
            text.Append(NotYetInForce(from, language, texts)).Append('\n');
        }

        text.Append('\n').Append(option.Text.Get(language));
        if (organisations.Count > 0)
        {
            text.Append('\n');
            foreach (var organisation in organisations)
            {
                text.Append('\n').Append(ContactLine(organisation, language, texts));
            }
        }

        text.Append("\n\n");
        if (cited.Count > 0)
        {
            text.Append(texts.Get(LegalText.BasedOn, language, ("citations", Citations(content, cited, language)))).Append('\n');

            // One address is enough here: each law's own chunk, later in the reading, gives its source again.
            text.Append(texts.Get(LegalText.Source, language, ("url", cited[0].SourceUrl))).Append('\n');
        }

        var reviewed = cited.Select(t => t.Reviewed).Concat(organisations.Select(o => o.Reviewed)).Append(option.Reviewed).Min();
        text.Append(ReviewedLine(reviewed, language, texts));
        return text.ToString();
    }

    private static string RenderTopic(LegalContent content, LegalTopic topic, Language language, ITextCatalog texts, DateOnly today)
    {
        var text = new StringBuilder();
        text.Append(topic.Title.Get(language)).Append('\n');
        if (!topic.IsInForceOn(today))
        {
            text.Append(NotYetInForce(topic.InForce!.Value, language, texts)).Append('\n');
        }

        text.Append(Citation(content, topic, language)).Append("\n\n").Append(topic.Covers.Get(language)).Append("\n\n");
        if (topic.Penalty is not null)
        {
            text.Append(texts.Get(LegalText.Penalty, language, ("penalty", topic.Penalty.Get(language)))).Append('\n');
        }

        if (topic.Amended is { } amended)
        {
            text.Append(texts.Get(LegalText.Amended, language, ("date", FormatDate(amended, language, texts)))).Append('\n');
        }

        if (topic.InForce is { } inForce && topic.IsInForceOn(today))
        {
            var label = content.FindStatute(topic.Statute)?.Kind == StatuteKind.Decision ? LegalText.Decided : LegalText.InForce;
            text.Append(texts.Get(label, language, ("date", inForce.ToString(InForceFormat, CultureInfo.InvariantCulture)))).Append('\n');
        }

        text.Append(texts.Get(LegalText.Source, language, ("url", topic.SourceUrl))).Append('\n');
        text.Append(ReviewedLine(topic.Reviewed, language, texts));
        return text.ToString();
    }

    private static string RenderOrganisations(IReadOnlyList<SupportOrganisation> organisations, Language language, ITextCatalog texts)
    {
        var text = new StringBuilder();
        text.Append(texts.Get(LegalText.HelpTitle, language));
        foreach (var organisation in organisations)
        {
            text.Append("\n\n").Append(ContactLine(organisation, language, texts));
            if (organisation.Hours is not null)
            {
                text.Append('\n').Append(texts.Get(LegalText.Hours, language, ("hours", organisation.Hours.Get(language))));
            }

            if (organisation.KakaoChannel is { Length: > 0 } channel)
            {
                text.Append('\n').Append(texts.Get(LegalText.Kakao, language, ("channel", channel)));
            }

            text.Append('\n').Append(organisation.Services.Get(language));
            if (organisation.Languages.Count > 0)
            {
                var names = organisation.Languages.Select(code => texts.Get(code == "en" ? LegalText.LanguageEnglish : LegalText.LanguageKorean, language));
                text.Append('\n').Append(texts.Get(LegalText.Languages, language, ("languages", string.Join(", ", names))));
            }
        }

        text.Append("\n\n").Append(ReviewedLine(organisations.Min(o => o.Reviewed), language, texts));
        return text.ToString();
    }

    /// <summary>An organisation as one line: name (short name): phones · website. A referral line is said to be one.</summary>
    private static string ContactLine(SupportOrganisation organisation, Language language, ITextCatalog texts)
    {
        var parts = new List<string>();
        if (organisation.Phones.Count > 0)
        {
            var phones = string.Join(", ", organisation.Phones);
            parts.Add(organisation.PhonesAreReferral ? texts.Get(LegalText.Referral, language, ("phones", phones)) : phones);
        }

        if (!string.IsNullOrWhiteSpace(organisation.Website))
        {
            parts.Add(organisation.Website);
        }

        return $"{organisation.Name.Get(language)}: {string.Join(" · ", parts)}";
    }

    private static string NotYetInForce(DateOnly from, Language language, ITextCatalog texts) =>
        texts.Get(LegalText.NotYetInForce, language, ("date", from.ToString(InForceFormat, CultureInfo.InvariantCulture)));

    private static string ReviewedLine(DateOnly reviewed, Language language, ITextCatalog texts) =>
        texts.Get(LegalText.Reviewed, language, ("date", FormatDate(reviewed, language, texts)));

    private static string FormatDate(DateOnly date, Language language, ITextCatalog texts) =>
        date.ToString(texts.Get(LegalText.DateFormat, language), language.Culture());
}
