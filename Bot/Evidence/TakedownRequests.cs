using Microsoft.Extensions.Options;
using ReportBot.Bot.Records;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Evidence;

/// <summary>
/// The takedown request texts (one per organisation that takes them, listing the logged addresses) and the
/// services that block material by an on-device digest. Organisations come from the legal content, by the ids in
/// <see cref="RecordsOptions"/>; an id the content lacks, or an entry not verified, is simply not offered.
/// </summary>
public sealed class TakedownRequests(LegalContentStore legal, ITextCatalog texts, IOptions<RecordsOptions> options)
{
    public IReadOnlyList<object> Takedowns(EvidenceLog? log, Language language)
    {
        if (log is not { Urls.Count: > 0 })
        {
            return [];
        }

        var lines = string.Join("\n", log.Urls.Select(u => texts.Get(RecordsText.TakedownUrlLine, language, ("url", u.Url), ("time", RecordTime.Display(u.RecordedAt)))));
        return Organisations(Or(options.Value.TakedownOrganisations, RecordsOptions.DefaultTakedownOrganisations))
            .Select(o => (object)new
            {
                id = o.Id,
                name = o.Name.Get(language),
                website = o.Website,
                phones = o.Phones,
                text = texts.Get(RecordsText.TakedownBody, language, ("organisation", o.Name.Get(language)), ("urls", lines)),
            })
            .ToList();
    }

    public IReadOnlyList<object> Blocking(Language language) =>
        Organisations(Or(options.Value.BlockingOrganisations, RecordsOptions.DefaultBlockingOrganisations))
            .Select(o => (object)new { id = o.Id, name = o.Name.Get(language), website = o.Website, services = o.Services.Get(language) })
            .ToList();

    private static IEnumerable<string> Or(List<string> configured, IReadOnlyList<string> defaults) => configured.Count > 0 ? configured : defaults;

    private IEnumerable<SupportOrganisation> Organisations(IEnumerable<string> ids)
    {
        var all = legal.Content?.Organisations ?? [];
        return ids.Select(id => all.FirstOrDefault(o => o.Id == id)).OfType<SupportOrganisation>().Where(o => o.Verification.Showable);
    }
}
