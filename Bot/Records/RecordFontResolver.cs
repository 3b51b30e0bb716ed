using PdfSharp.Fonts;

namespace ReportBot.Bot.Records;

/// <summary>
/// Gives PDFsharp the one font records use, NanumGothic (SIL Open Font License; the licence is in Records/Fonts),
/// built into the assembly so a record looks the same on every host, with no system fonts involved.
/// </summary>
public sealed class RecordFontResolver : IFontResolver
{
    public const string Family = "NanumGothic";

    private const string ResourceName = "ReportBot.Bot.Records.Fonts.NanumGothic.ttf";

    private static readonly Lazy<byte[]> Font = new(() =>
    {
        using var stream = typeof(RecordFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The record font is missing from the build (Bot/Records/Fonts).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static RecordFontResolver Instance { get; } = new();

    /// <summary>Every family resolves to the embedded font: nothing falls back to a font the host may not have.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Family, bold, italic);

    public byte[] GetFont(string faceName) => Font.Value;
}
