using ReportBot.Bot.Storage;

namespace ReportBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageOptionsValidator Validator = new();

    [Fact]
    public void Blob_storage_without_shared_secrets_is_refused_with_the_setting_names()
    {
        var result = Validator.Validate(new StorageOptions { BlobConnectionString = "UseDevelopmentStorage=true" });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("Storage:KeyEncryptionKey", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("Storage:PseudonymSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_that_is_not_32_bytes_is_refused()
    {
        var result = Validator.Validate(new StorageOptions { KeyEncryptionKey = Convert.ToBase64String(new byte[16]) });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("exactly 32 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_local_default_needs_no_setting()
    {
        Assert.True(Validator.Validate(new StorageOptions()).IsValid);
    }

    [Fact]
    public void An_http_service_address_outside_loopback_is_refused()
    {
        var result = Validator.Validate(new StorageOptions { BlobServiceUri = "http://account.blob.core.windows.net", KeyEncryptionKey = Convert.ToBase64String(new byte[32]), PseudonymSecret = Convert.ToBase64String(new byte[32]) });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("Storage:BlobServiceUri", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2048)]
    public void A_journal_file_size_outside_1_to_1024_megabytes_is_refused_with_the_setting_name(int megabytes)
    {
        var result = Validator.Validate(new StorageOptions { JournalFileMegabytes = megabytes });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("Storage:JournalFileMegabytes", StringComparison.Ordinal));
    }
}
