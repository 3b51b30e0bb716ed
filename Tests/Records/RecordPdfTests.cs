using System.Text;
using ReportBot.Bot.Records;
using UglyToad.PdfPig;

namespace ReportBot.Tests.Records;

public sealed class RecordPdfTests
{
    [Fact]
    public async Task The_pdf_shows_the_survivors_Korean_words_with_both_language_headings_and_times()
    {
        using var harness = new RecordsHarness();
        var signed = await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        var pdf = RecordPdf.Render(signed, RecordsHarness.Texts, "https://reportbot.example.org/verify", "https://reportbot.example.org/.well-known/reportbot-record-keys.json");

        var text = ExtractText(pdf);
        Assert.Contains("모르는 계정이 제 얼굴을 합성한 사진을 단톡방에 올렸어요.", text, StringComparison.Ordinal);
        Assert.Contains("같은 사진이 다른 방에도 올라왔어요.", text, StringComparison.Ordinal);
        Assert.Contains("피해 진술 기록 / Record of a survivor's statement", text, StringComparison.Ordinal);
        Assert.Contains("언제 / When", text, StringComparison.Ordinal);
        Assert.Contains("적은 그대로: 그저께", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 12:12 KST (03:12 UTC)", text, StringComparison.Ordinal);
        Assert.Contains(new string('a', 64), text, StringComparison.Ordinal);
        Assert.Contains(signed["keyId"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Contains("https://reportbot.example.org/verify", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_font_is_embedded_as_a_subset_so_the_pdf_stays_small()
    {
        using var harness = new RecordsHarness();
        var signed = await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        var pdf = RecordPdf.Render(signed, RecordsHarness.Texts, "/verify", "/keys");

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("NanumGothic", f, StringComparison.Ordinal));
        // The whole NanumGothic file is 4.7 MB; a subset of the few hundred glyphs used is a small fraction of it.
        Assert.True(pdf.Length < 600_000, $"The PDF is {pdf.Length} bytes");
    }

    [Fact]
    public async Task The_pdf_carries_the_signed_json_so_it_verifies_and_a_changed_copy_does_not()
    {
        using var harness = new RecordsHarness();
        var signed = await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);
        var pdf = RecordPdf.Render(signed, RecordsHarness.Texts, "/verify", "/keys");

        var carried = RecordPdf.ExtractSignedJson(pdf);
        Assert.NotNull(carried);
        Assert.True((await harness.Signer.VerifyAsync(carried, CancellationToken.None)).Valid);

        Assert.Contains("\"size\":2048", carried, StringComparison.Ordinal);
        var changed = carried.Replace("\"size\":2048", "\"size\":2049", StringComparison.Ordinal);
        var forged = Encoding.Latin1.GetString(pdf).Replace(
            Convert.ToBase64String(Encoding.UTF8.GetBytes(carried)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(changed)),
            StringComparison.Ordinal);
        Assert.False((await harness.Signer.VerifyAsync(RecordPdf.ExtractSignedJson(Encoding.Latin1.GetBytes(forged))!, CancellationToken.None)).Valid);
        Assert.Null(RecordPdf.ExtractSignedJson("%PDF-1.7 not a record"u8));
    }

    internal static string ExtractText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)) + "\n" + string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
