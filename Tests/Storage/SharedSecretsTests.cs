using Microsoft.Extensions.Options;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class SharedSecretsTests
{
    [Fact]
    public async Task With_Blob_storage_the_app_refuses_to_start_without_the_secrets_instances_must_share()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:BlobConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["Storage:KeyEncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Storage:PseudonymSecret"] = Convert.ToBase64String(new byte[32]),
        };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(settings));

        foreach (var key in new[] { "Cases:CodePepper", "DirectLine:TokenSigningKey" })
        {
            Assert.Contains($"'{key}'", failure.Message, StringComparison.Ordinal);
        }
    }
}
