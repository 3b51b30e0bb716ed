using System.Text.RegularExpressions;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Handoff;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Options;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Telemetry;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Tests.Deployment;

/// <summary>
/// The app settings deployment/main.bicep gives the Web App, checked against the configuration keys the app really
/// reads (<see cref="AppConfigurationKeys"/>, derived from the options classes). App Service on Linux turns
/// <c>Section__Key</c> into <c>Section:Key</c>; a misspelt name is silently ignored by the app, so it fails here.
/// </summary>
public sealed partial class AppSettingNamesTests
{
    /// <summary>
    /// Secrets that must be identical on every instance. Left empty, the app generates some of them into a local key
    /// file per instance, and what one instance issued (case codes, counsellor tokens, handoff references, web chat
    /// tokens) fails on another.
    /// </summary>
    private static readonly string[] SharedSecretKeys =
    [
        AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.KeyEncryptionKey)),
        AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.PseudonymSecret)),
        AppConfigurationKeys.KeyOf<CasesOptions>(nameof(CasesOptions.CodePepper)),
        AppConfigurationKeys.KeyOf<HandoffOptions>(nameof(HandoffOptions.EncryptionKey)),
        AppConfigurationKeys.KeyOf<CounsellorAuthOptions>(nameof(CounsellorAuthOptions.SigningKey)),
        AppConfigurationKeys.KeyOf<DirectLineOptions>(nameof(DirectLineOptions.Secret)),
        AppConfigurationKeys.KeyOf<DirectLineOptions>(nameof(DirectLineOptions.TokenSigningKey)),
        AppConfigurationKeys.KeyOf<KakaoOptions>(nameof(KakaoOptions.Secret)),
        AppConfigurationKeys.KeyOf<KakaoOptions>(nameof(KakaoOptions.ConversationKey)),
        AppConfigurationKeys.KeyOf<RecordsOptions>(nameof(RecordsOptions.SigningKey)),
    ];

    public static TheoryData<string> SharedSecrets => new(SharedSecretKeys);

    /// <summary>Secret-shaped settings the deployment deliberately leaves unset, and why.</summary>
    private static readonly Dictionary<string, string> NotSetInAzure = new(StringComparer.OrdinalIgnoreCase)
    {
        [AppConfigurationKeys.KeyOf<BotAuthenticationOptions>(nameof(BotAuthenticationOptions.MicrosoftAppPassword))] =
            "the bot authenticates as the user-assigned managed identity (UserAssignedMSI); there is no password",
        [AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.BlobConnectionString))] =
            "Blob storage is reached with the managed identity; shared-key access is off on the account",
    };

    private static Lazy<Task<CompiledTemplate>> Template => CompiledTemplate.Main;

    [Fact]
    public async Task Every_app_setting_is_a_key_the_app_reads_with_lists_set_item_by_item()
    {
        var keys = AppConfigurationKeys.Read().Keys;
        var wrong = new List<string>();
        foreach (var name in (await Template.Value).AppSettings().Keys)
        {
            var key = name.Replace("__", ":", StringComparison.Ordinal);
            var item = ListItem().Match(key);
            if (item.Success)
            {
                if (!keys.TryGetValue(item.Groups["list"].Value, out var list) || !list.IsList)
                {
                    wrong.Add($"{name}: no list setting {item.Groups["list"].Value} in the app");
                }
            }
            else if (!keys.TryGetValue(key, out var known))
            {
                wrong.Add($"{name}: the app reads no {key}");
            }
            else if (known.IsList)
            {
                wrong.Add($"{name}: {key} is a list in {known.Options?.Name}; set {name}__0, {name}__1, ...");
            }
        }

        Assert.True(wrong.Count == 0, "App settings the app would ignore:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(SharedSecrets))]
    public async Task Secrets_every_instance_shares_reach_the_app_only_as_key_vault_references(string key)
    {
        var template = await Template.Value;
        var settings = template.AppSettings();
        var name = key.Replace(":", "__", StringComparison.Ordinal);

        Assert.True(settings.ContainsKey(name), $"{name} is not set: each instance would use its own value.");
        Assert.StartsWith("format(variables('keyVaultReference'), reference(resourceId('Microsoft.Resources/deployments', 'keyvault')", settings[name], StringComparison.Ordinal);
        Assert.Equal("@Microsoft.KeyVault(SecretUri={0})", (string?)template.Root["variables"]!["keyVaultReference"]);
    }

    [Fact]
    public void Every_secret_the_app_reads_is_deployed_from_key_vault_or_deliberately_left_out()
    {
        var shared = SharedSecretKeys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var secretShaped = AppConfigurationKeys.Read().Keys.Values
            .Where(k => k.Property is not null && SecretShaped().IsMatch(k.Property.Name))
            .Select(k => k.Key)
            .ToList();

        Assert.Contains(AppConfigurationKeys.KeyOf<CasesOptions>(nameof(CasesOptions.CodePepper)), secretShaped);
        Assert.All(secretShaped, key => Assert.True(
            shared.Contains(key) || NotSetInAzure.ContainsKey(key),
            $"{key} looks like a secret: add it to deployment/ (Key Vault) and SharedSecrets, or to NotSetInAzure with the reason."));
    }

    [Fact]
    public async Task Settings_left_out_on_purpose_are_not_set()
    {
        var names = (await Template.Value).AppSettings().Keys;

        Assert.All(NotSetInAzure.Keys, key => Assert.DoesNotContain(key.Replace(":", "__", StringComparison.Ordinal), names));
    }

    [Fact]
    public async Task Storage_and_telemetry_use_the_app_identity_and_the_deployed_container()
    {
        var settings = (await Template.Value).AppSettings();
        string Setting(string key) => settings[key.Replace(":", "__", StringComparison.Ordinal)];
        const string clientId = "'2023-01-31').clientId";

        Assert.Contains("outputs.blobEndpoint", Setting(AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.BlobServiceUri))), StringComparison.Ordinal);
        Assert.EndsWith(clientId, Setting(AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.ManagedIdentityClientId))), StringComparison.Ordinal);
        Assert.Contains("parameters('containerName')", Setting(AppConfigurationKeys.KeyOf<StorageOptions>(nameof(StorageOptions.Container))), StringComparison.Ordinal);
        Assert.Contains("outputs.connectionString", Setting(TelemetrySettings.ConnectionStringVariable), StringComparison.Ordinal);
        Assert.EndsWith(clientId, Setting(TelemetrySettings.ManagedIdentityClientIdKey), StringComparison.Ordinal);
        Assert.Contains("'UserAssignedMSI'", Setting(nameof(BotAuthenticationOptions.MicrosoftAppType)), StringComparison.Ordinal);
        Assert.Contains("AuthType=azure.msi", Setting("Azure:SignalR:ConnectionString"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kakao_endpoint_is_switched_off_unless_its_secret_is_deployed()
    {
        var template = await Template.Value;
        var enabled = template.AppSettings()[AppConfigurationKeys.KeyOf<KakaoOptions>(nameof(KakaoOptions.Enabled)).Replace(":", "__", StringComparison.Ordinal)];

        // The app serves Kakao by default and, without Kakao:Secret, accepts any caller.
        Assert.True(new KakaoOptions().Enabled);
        Assert.Equal("string(variables('kakaoEnabled'))", enabled);
        Assert.Equal("[not(empty(parameters('kakaoSecret')))]", (string?)template.Root["variables"]!["kakaoEnabled"]);
    }

    [Fact]
    public async Task Widget_frame_ancestors_become_one_setting_per_origin()
    {
        var template = await Template.Value;
        var item = AppConfigurationKeys.KeyOf<WebChatOptions>(nameof(WebChatOptions.FrameAncestors)).Replace(":", "__", StringComparison.Ordinal) + "__0";

        Assert.Equal("array", (string?)template.Root["parameters"]!["webChatFrameAncestors"]!["type"]);
        Assert.Equal("parameters('webChatFrameAncestors')[copyIndex('frameAncestorSettings')]", template.AppSettings()[item]);
    }

    [GeneratedRegex("^(?<list>.+):[0-9]+$")]
    private static partial Regex ListItem();

    [GeneratedRegex("(Key|Secret|Pepper|Password|ConnectionString)$")]
    private static partial Regex SecretShaped();
}
