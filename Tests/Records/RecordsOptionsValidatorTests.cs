using ReportBot.Bot.Records;

namespace ReportBot.Tests.Records;

public sealed class RecordsOptionsValidatorTests
{
    private static readonly RecordsOptionsValidator Validator = new();

    [Fact]
    public void No_settings_at_all_is_valid_for_local_use()
    {
        Assert.True(Validator.Validate(new RecordsOptions()).IsValid);
    }

    [Fact]
    public void A_P256_PKCS8_key_and_an_https_address_are_accepted()
    {
        var options = new RecordsOptions { SigningKey = RecordsHarness.NewSigningKey(), PublicBaseUrl = "https://reportbot.example.org/" };

        Assert.True(Validator.Validate(options).IsValid);
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void A_signing_key_that_is_not_an_EC_private_key_stops_the_app_with_the_setting_named(string key)
    {
        var result = Validator.Validate(new RecordsOptions { SigningKey = key });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("Records:SigningKey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_on_another_curve_is_refused()
    {
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);

        Assert.False(Validator.Validate(new RecordsOptions { SigningKey = Convert.ToBase64String(p384.ExportPkcs8PrivateKey()) }).IsValid);
    }

    [Theory]
    [InlineData("reportbot.example.org")]
    [InlineData("ftp://reportbot.example.org")]
    [InlineData("https://reportbot.example.org/?x=1")]
    public void A_public_address_must_be_an_absolute_http_address(string address)
    {
        Assert.False(Validator.Validate(new RecordsOptions { PublicBaseUrl = address }).IsValid);
    }
}
