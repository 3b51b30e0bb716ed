using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Tests.Records;

/// <summary>
/// The real record machinery over a real local-disk object store in a temporary folder: the key ring, the signer and
/// the builder, with the signing key a test chooses (null: derived from the key-encryption key, as locally).
/// </summary>
public sealed class RecordsHarness : IDisposable
{
    private static readonly string Kek = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public RecordsHarness(string? signingKey = null, RecordsHarness? sharing = null)
    {
        Folder = sharing?.Folder ?? Directory.CreateTempSubdirectory("reportbot-records-").FullName;
        Store = sharing?.Store ?? new LocalDiskObjectStore(Path.Combine(Folder, "objects"));
        var keys = new KeyMaterial(Options.Create(new StorageOptions { LocalPath = Folder, KeyEncryptionKey = Kek }), NullLogger<KeyMaterial>.Instance);
        Ring = new RecordKeyRing(Store, keys, Options.Create(new RecordsOptions { SigningKey = signingKey }), TimeProvider.System);
        Signer = new RecordSigner(Ring, TimeProvider.System);
        Builder = new CaseRecordBuilder(Texts, new ReportQuestionnaire(ReportQuestions.All));
        _owner = sharing is null;
    }

    private readonly bool _owner;

    public static TextCatalog Texts { get; } = new();

    public string Folder { get; }

    public IObjectStore Store { get; }

    public RecordKeyRing Ring { get; }

    public RecordSigner Signer { get; }

    public CaseRecordBuilder Builder { get; }

    /// <summary>A fresh P-256 key as configuration carries it (base64 PKCS#8).</summary>
    public static string NewSigningKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Convert.ToBase64String(key.ExportPkcs8PrivateKey());
    }

    /// <summary>A Korean case as a survivor would save it, with one addition and one evidence file.</summary>
    public static StoredCase KoreanCase()
    {
        var saved = new DateTimeOffset(2026, 11, 20, 3, 15, 0, TimeSpan.Zero);
        return new StoredCase
        {
            Language = "ko",
            CreatedAt = saved,
            UpdatedAt = saved,
            Report = new IncidentReport
            {
                Types = [IncidentType.Deepfake],
                Narrative = ["모르는 계정이 제 얼굴을 합성한 사진을 단톡방에 올렸어요.", "친구가 알려 줘서 알게 됐어요."],
                When = IncidentPeriod.On(new DateOnly(2026, 11, 18)),
                Place = "텔레그램",
                Additions = [new ReportAddition { AddedAt = saved.AddDays(2), Text = "같은 사진이 다른 방에도 올라왔어요." }],
            },
            Parts = new Dictionary<string, RecordedPart>
            {
                ["types"] = new() { RecordedAt = saved.AddMinutes(-6) },
                ["narrative"] = new() { RecordedAt = saved.AddMinutes(-5) },
                ["when"] = new() { RecordedAt = saved.AddMinutes(-3), AsWritten = "그저께" },
                ["place"] = new() { RecordedAt = saved.AddMinutes(-2) },
            },
            Evidence = new EvidenceLog
            {
                Files = [new EvidenceFile { Sha256 = new string('a', 64), Size = 2048, MediaType = "image/png", Label = "단톡방 캡처", RecordedAt = saved.AddDays(1) }],
                Urls = [new PostedUrl { Url = "https://example.com/post/123", RecordedAt = saved.AddDays(1).AddMinutes(1) }],
            },
        };
    }

    public void Dispose()
    {
        Ring.Dispose();
        if (_owner)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
