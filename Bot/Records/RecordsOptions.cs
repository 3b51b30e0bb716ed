namespace ReportBot.Bot.Records;

/// <summary>Settings of survivors' signed records and evidence logs (section <c>Records</c>).</summary>
public sealed class RecordsOptions
{
    public const string Section = "Records";

    /// <summary>
    /// The ECDSA P-256 private key that signs records: base64 of its PKCS#8 form
    /// (<c>openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0</c>).
    /// From Key Vault in Azure. Empty: derived from the key-encryption key (local use; any instance with the same
    /// key-encryption key signs with the same key). Rotating it is safe: every key that ever signed stays published.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// The service's public address (https://reportbot.example.org), for links the bot writes into messaging apps
    /// (KakaoTalk), where a path alone cannot be opened. Empty: those apps get the path and a hint.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a one-time download link from the web widget works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Organisations (ids in the legal content) a takedown request can be addressed to, in this order. Empty: the
    /// Digital Sex Crime Victim Support Center and the media standards commission (<see cref="DefaultTakedownOrganisations"/>).
    /// Empty by default because configuration binding adds to a list rather than replacing it.
    /// </summary>
    public List<string> TakedownOrganisations { get; set; } = [];

    /// <summary>Organisations (ids in the legal content) that block material by a digest made on the survivor's device. Empty: <see cref="DefaultBlockingOrganisations"/>.</summary>
    public List<string> BlockingOrganisations { get; set; } = [];

    public static IReadOnlyList<string> DefaultTakedownOrganisations { get; } = ["digital-sex-crime-center", "media-review-commission"];

    public static IReadOnlyList<string> DefaultBlockingOrganisations { get; } = ["stopncii", "take-it-down"];
}
