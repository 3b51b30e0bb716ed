using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Records;

/// <summary>
/// Renders a signed record as an A4 PDF in the survivor's language (headings in Korean and English) with the Korean
/// font embedded as a subset. The signed JSON itself rides in the document information (<c>/ReportBotRecord</c>,
/// base64), so the PDF verifies exactly as the JSON does, and verifying never needs a PDF parser.
/// </summary>
public static partial class RecordPdf
{
    private const double Margin = 50;
    private const string InfoKey = "/ReportBotRecord";

    static RecordPdf()
    {
        // PDFsharp's font settings are process-wide and may be set once; every caller gets the same resolver.
        GlobalFontSettings.FontResolver ??= RecordFontResolver.Instance;
    }

    public static byte[] Render(JsonObject signed, ITextCatalog texts, string verifyUrl, string keysUrl)
    {
        var record = signed["record"]!.AsObject();
        var language = LanguageExtensions.FromCode(record["language"]?.GetValue<string>()) ?? Language.Korean;
        string Heading(JsonNode? both) => both is null ? string.Empty : $"{both["ko"]} / {both["en"]}";

        using var document = new PdfDocument();
        document.Info.Title = Heading(record["title"]);
        document.Info.Creator = "ReportBot";
        document.Info.Elements[InfoKey] = new PdfString(Convert.ToBase64String(Encoding.UTF8.GetBytes(signed.ToJsonString())));

        var writer = new PageWriter(document);
        writer.Line(Heading(record["title"]), 16, spaceAfter: 8);
        writer.Paragraph(texts.Get(RecordsText.Note, language), 9, XBrushes.DimGray);
        writer.Line($"{Heading(Both(texts, RecordsText.FirstSaved))}: {Display(record["firstSaved"])}", 10, spaceAfter: 10);

        foreach (var entry in record["entries"]!.AsArray().Select(e => e!.AsObject()))
        {
            writer.Line($"{entry["seq"]}. {Heading(entry["heading"])}", 12, spaceAfter: 2);
            writer.Paragraph($"{Heading(Both(texts, RecordsText.RecordedAt))}: {Display(entry["recordedAt"])}", 9, XBrushes.DimGray);
            writer.Paragraph(entry["text"]!.GetValue<string>(), 10, XBrushes.Black);
            writer.Paragraph("SHA-256 chain: " + entry["hash"], 7, XBrushes.Gray);
            writer.Space(8);
        }

        writer.Space(6);
        writer.Paragraph(texts.Get(RecordsText.PdfSignature, language,
            ("keyId", signed["keyId"]), ("signedAt", signed["signedAt"]), ("head", record["chainHead"])), 8, XBrushes.DimGray);
        writer.Paragraph(texts.Get(RecordsText.PdfVerifyHint, language, ("verify", verifyUrl), ("keys", keysUrl)), 8, XBrushes.DimGray);
        writer.Dispose();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The signed JSON a record PDF carries, or null when the bytes are not such a PDF.</summary>
    public static string? ExtractSignedJson(ReadOnlySpan<byte> pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = Embedded().Match(text);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonObject Both(ITextCatalog texts, TextKey key) =>
        new() { ["ko"] = texts.Get(key, Language.Korean), ["en"] = texts.Get(key, Language.English) };

    private static string Display(JsonNode? both) =>
        RecordTime.Parse(both?["utc"]?.GetValue<string>()) is { } time ? RecordTime.Display(time) : string.Empty;

    [GeneratedRegex(@"/ReportBotRecord\s*\(([A-Za-z0-9+/=]+)\)")]
    private static partial Regex Embedded();

    /// <summary>Writes lines down A4 pages, wrapping by width (between words, or anywhere in text without spaces).</summary>
    private sealed class PageWriter(PdfDocument document) : IDisposable
    {
        private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
        private readonly Dictionary<double, XFont> _fonts = [];
        private XGraphics? _graphics;
        private double _y;
        private double _width;
        private double _bottom;

        public void Line(string text, double size, double spaceAfter = 4) => Write(text, size, XBrushes.Black, spaceAfter);

        public void Paragraph(string text, double size, XBrush brush) => Write(text, size, brush, 3);

        public void Space(double points) => _y += points;

        public void Dispose() => _graphics?.Dispose();

        private void Write(string text, double size, XBrush brush, double spaceAfter)
        {
            var font = Font(size);
            var lineHeight = size * 1.45;
            foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
            {
                foreach (var line in Wrap(paragraph, font))
                {
                    var graphics = Graphics(lineHeight);
                    graphics.DrawString(line, font, brush, new XPoint(Margin, _y + size), XStringFormats.BaseLineLeft);
                    _y += lineHeight;
                }
            }

            _y += spaceAfter;
        }

        private XGraphics Graphics(double needed)
        {
            if (_graphics is null || _y + needed > _bottom)
            {
                _graphics?.Dispose();
                var page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                _graphics = XGraphics.FromPdfPage(page);
                _width = page.Width.Point - (2 * Margin);
                _bottom = page.Height.Point - Margin;
                _y = Margin;
            }

            return _graphics;
        }

        private IEnumerable<string> Wrap(string paragraph, XFont font)
        {
            Graphics(0);
            if (paragraph.Length == 0)
            {
                yield return string.Empty;
                yield break;
            }

            var line = new StringBuilder();
            foreach (var word in Regex.Split(paragraph, @"(?<=\s)"))
            {
                if (Fits(line + word, font))
                {
                    line.Append(word);
                    continue;
                }

                if (line.Length > 0)
                {
                    yield return line.ToString().TrimEnd();
                    line.Clear();
                }

                // A word (or a run of Korean without spaces) wider than the line is broken where it must be.
                foreach (var c in word)
                {
                    if (!Fits(line.ToString() + c, font))
                    {
                        yield return line.ToString();
                        line.Clear();
                    }

                    line.Append(c);
                }
            }

            if (line.Length > 0)
            {
                yield return line.ToString().TrimEnd();
            }
        }

        private bool Fits(string text, XFont font) => _graphics!.MeasureString(text, font).Width <= _width;

        private XFont Font(double size)
        {
            if (!_fonts.TryGetValue(size, out var font))
            {
                font = new XFont(RecordFontResolver.Family, size, XFontStyleEx.Regular, FontOptions);
                _fonts[size] = font;
            }

            return font;
        }
    }
}
