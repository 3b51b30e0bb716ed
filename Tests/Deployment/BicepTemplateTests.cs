using System.Text.Json.Nodes;

namespace ReportBot.Tests.Deployment;

/// <summary>
/// The security and privacy promises deployment/README.md makes, checked on what the Bicep actually compiles to.
/// A change that lints cleanly but, say, turns shared-key access back on fails here.
/// </summary>
public sealed class BicepTemplateTests
{
    private static Lazy<Task<CompiledTemplate>> Template => CompiledTemplate.Main;

    [Fact]
    public async Task Storage_accepts_only_entra_identities_over_tls12_and_keeps_the_container_private()
    {
        var template = await Template.Value;
        var account = Props(template.Single("Microsoft.Storage/storageAccounts"));

        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.False((bool)account["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.True((bool)account["supportsHttpsTrafficOnly"]!);
        Assert.Equal("None", (string?)Props(template.Single("Microsoft.Storage/storageAccounts/blobServices/containers"))["publicAccess"]);
    }

    [Fact]
    public async Task Lifecycle_rule_deletes_case_blobs_after_the_retention_the_app_enforces()
    {
        var template = await Template.Value;
        var storage = template.OfType("Microsoft.Resources/deployments").Single(d => (string?)d["name"] == "storage");
        var rules = Props(template.Single("Microsoft.Storage/storageAccounts/managementPolicies"))["policy"]!["rules"]!.AsArray();
        var cases = rules.Single(r => (string?)r!["name"] == "expire-cases")!["definition"]!;
        Assert.Equal("[variables('casePrefixes')]", (string?)cases["filters"]!["prefixMatch"]);
        var prefixes = Props(storage)["template"]!["variables"]!["casePrefixes"]!.AsArray().Select(p => (string)p!).ToList();

        Assert.Contains(prefixes, p => p.Contains("/transcripts/", StringComparison.Ordinal));
        Assert.Contains(prefixes, p => p.Contains("/keys/", StringComparison.Ordinal));
        Assert.Equal(
            "[add(parameters('retentionDays'), parameters('lifecycleGraceDays'))]",
            (string?)cases["actions"]!["baseBlob"]!["delete"]!["daysAfterLastAccessTimeGreaterThan"]);

        // The module's retentionDays is the deployment's retentionDays, which is also the app's Storage:RetentionDays.
        Assert.Equal("[parameters('retentionDays')]", (string?)Props(storage)["parameters"]!["retentionDays"]!["value"]);
        Assert.Contains("string(parameters('retentionDays'))", template.AppSettings()["Storage__RetentionDays"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_vault_uses_rbac_with_soft_delete_and_purge_protection()
    {
        var vault = Props((await Template.Value).Single("Microsoft.KeyVault/vaults"));

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Fact]
    public async Task Web_app_is_https_only_tls12_without_ftp_with_health_check_and_affinity()
    {
        var template = await Template.Value;
        var site = Props(template.Single("Microsoft.Web/sites"));
        var config = site["siteConfig"]!;

        Assert.True((bool)site["httpsOnly"]!);
        Assert.True((bool)site["clientAffinityEnabled"]!);
        Assert.NotNull(site["keyVaultReferenceIdentity"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.All(template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Assert.False((bool)Props(p)["allow"]!));
    }

    [Fact]
    public async Task Application_insights_keeps_ip_masking_and_refuses_instrumentation_key_ingestion()
    {
        var insights = Props((await Template.Value).Single("Microsoft.Insights/components"));

        Assert.True((bool)insights["DisableLocalAuth"]!);
        Assert.False((bool)insights["DisableIpMasking"]!);
        Assert.NotNull(insights["WorkspaceResourceId"]);
    }

    [Fact]
    public async Task Bot_authenticates_as_the_user_assigned_identity_and_calls_api_messages()
    {
        var bot = Props((await Template.Value).Single("Microsoft.BotService/botServices"));

        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        Assert.Contains("/api/messages", (string?)bot["endpoint"], StringComparison.Ordinal);
        Assert.NotNull(bot["msaAppMSIResourceId"]);
    }

    private static JsonObject Props(JsonObject resource) => resource["properties"]!.AsObject();
}
