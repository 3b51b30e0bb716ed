// ReportBot on Azure: one resource group holding everything a support centre needs to run the bot.
// Guide: deployment/README.md. Every setting the app reads from Azure is wired here; secrets go to Key Vault and
// reach the app only as Key Vault references resolved with the app's user-assigned managed identity.
targetScope = 'resourceGroup'

// ---- Naming and placement -------------------------------------------------------------------------------------

@description('Short lowercase prefix for resource names (letters and digits, 3-11).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'reportbot'

@description('Azure region. Korea Central keeps survivors\' data in Korea.')
param location string = resourceGroup().location

@description('Tags on every resource.')
param tags object = {
  application: 'ReportBot'
}

// ---- Compute and scale ----------------------------------------------------------------------------------------

@description('App Service plan SKU (Linux). B1 for one small centre; P0v3 or P1v3 for several instances.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Instances of the app. 2 or more: also set useAzureSignalR (on by default then).')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Use Azure SignalR Service as the counsellor console\'s backplane. Needed with more than one instance.')
param useAzureSignalR bool = instanceCount > 1

@description('Azure SignalR SKU.')
@allowed([
  'Free_F1'
  'Standard_S1'
  'Premium_P1'
])
param signalRSku string = 'Standard_S1'

// ---- Data and retention ---------------------------------------------------------------------------------------

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('The private blob container for state, transcripts, keys, handoffs and audit.')
param containerName string = 'reportbot'

@description('Storage:RetentionDays: days a case is kept after its last activity. The app and the lifecycle rule both use it.')
@minValue(1)
@maxValue(3650)
param retentionDays int = 365

@description('Extra days before the lifecycle rule deletes, so the app\'s own purge acts first.')
@minValue(0)
param lifecycleGraceDays int = 7

@description('Days audit entries are kept.')
@minValue(1)
param auditRetentionDays int = 365

@description('Blob soft delete window in days: restores are possible this long; a deleted case is unrecoverable after it.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 7

@description('Blob versioning. Off: state changes every turn, and versions also keep deleted data keys readable longer.')
param blobVersioning bool = false

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Log Analytics daily ingestion cap in GB (-1: none).')
param logDailyQuotaGb int = 1

@description('Key Vault soft delete window in days.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteDays int = 90

// ---- Secrets (stored in Key Vault only) -----------------------------------------------------------------------
// Every one of these must be the same on every instance. The app generates a local key file for some of them when
// they are empty (fine on one developer machine), but with two or more instances each would then make its own and
// reject what another instance issued: case codes, counsellor sign-ins, handoff references, web chat tokens.
// Lengths are checked here so a truncated environment variable stops the deployment, not the app at start-up.

@secure()
@minLength(44)
@maxLength(44)
@description('Storage:KeyEncryptionKey: base64 of 32 random bytes (openssl rand -base64 32).')
param keyEncryptionKey string

@secure()
@minLength(44)
@description('Storage:PseudonymSecret: base64 of at least 32 random bytes. Changing it changes every pseudonymous id.')
param pseudonymSecret string

@secure()
@minLength(32)
@description('Cases:CodePepper: at least 32 characters (openssl rand -base64 32). Changing it breaks every case code.')
param casesCodePepper string

@secure()
@minLength(44)
@maxLength(44)
@description('Handoff:EncryptionKey: base64 of 32 random bytes; encrypts open handoffs\' conversation references and messages.')
param handoffEncryptionKey string

@secure()
@minLength(44)
@maxLength(44)
@description('Counsellor:SigningKey: base64 of 32 random bytes; signs counsellor sign-in tokens (local accounts).')
param counsellorSigningKey string

@secure()
@minLength(32)
@description('DirectLine:Secret for the embedded Direct Line endpoint: at least 32 characters (openssl rand -base64 32).')
param directLineSecret string

@secure()
@minLength(44)
@description('DirectLine:TokenSigningKey: base64 of at least 32 random bytes; signs the web widget\'s Direct Line tokens.')
param directLineTokenSigningKey string

@secure()
@minLength(44)
@description('Records:SigningKey: base64 of a PKCS#8 ECDSA P-256 private key; signs survivors\' records (deployment/key-vault.md). Rotating it is safe: every key that signed stays published.')
param recordSigningKey string

@secure()
@description('Kakao:Secret: the custom header value set in Kakao i Open Builder (at least 32 characters). Empty: KakaoTalk off.')
param kakaoSecret string = ''

@secure()
@description('Kakao:ConversationKey: at least 32 characters, apart from Kakao:Secret so the secret can be rotated. main.bicepparam requires it with KakaoTalk; empty, the app derives ids from Kakao:Secret.')
param kakaoConversationKey string = ''

// ---- Web widget -----------------------------------------------------------------------------------------------

@description('WebChat:FrameAncestors: origins allowed to embed the widget, e.g. [\'https://www.example.org\']. Empty: it cannot be framed.')
param webChatFrameAncestors array = []

@description('Origins allowed on the Azure Direct Line channel\'s secure site. Empty: secure site off.')
param directLineTrustedOrigins array = []

@description('Records:PublicBaseUrl: the service\'s public address (https://..., e.g. a custom domain), for record and evidence links the bot writes into KakaoTalk. Empty: those links are paths.')
param recordsPublicBaseUrl string = ''

// ---- Azure Bot and channels -----------------------------------------------------------------------------------

@description('Name shown in messaging channels.')
param botDisplayName string = 'ReportBot'

@description('Azure Bot SKU: F0 (standard channels free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@secure()
@description('Telegram bot token. Empty: Telegram off.')
param telegramAccessToken string = ''

@secure()
@description('LINE channel secret. Empty: LINE off.')
param lineChannelSecret string = ''

@secure()
@description('LINE channel access token.')
param lineChannelAccessToken string = ''

@description('Facebook app id. Empty: Messenger off.')
param facebookAppId string = ''

@secure()
@description('Facebook app secret.')
param facebookAppSecret string = ''

@description('Facebook page id.')
param facebookPageId string = ''

@secure()
@description('Facebook page access token.')
param facebookPageAccessToken string = ''

@description('Slack app client id. Empty: Slack off.')
param slackClientId string = ''

@secure()
@description('Slack app client secret.')
param slackClientSecret string = ''

@secure()
@description('Slack app signing secret.')
param slackSigningSecret string = ''

@secure()
@description('Slack app verification token (older Slack apps).')
param slackVerificationToken string = ''

@description('Page Slack shows after the app is added to a workspace (e.g. the centre\'s web site).')
param slackLandingPageUrl string = ''

@description('Microsoft Teams channel on. Setting it accepts the Teams channel\'s terms of service.')
param enableTeams bool = false

// ---- Names ----------------------------------------------------------------------------------------------------

var kakaoEnabled = !empty(kakaoSecret)
var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: '${namePrefix}-id'
  workspace: '${namePrefix}-logs-${suffix}'
  appInsights: '${namePrefix}-ai-${suffix}'
  storage: take('${namePrefix}${suffix}', 24)
  keyVault: '${namePrefix}-kv-${take(suffix, 8)}'
  signalR: '${namePrefix}-sr-${suffix}'
  plan: '${namePrefix}-plan'
  app: '${namePrefix}-${suffix}'
  bot: '${namePrefix}-bot-${suffix}'
}

// ---- Resources ------------------------------------------------------------------------------------------------

// The one identity the app uses for everything: Blob storage, Key Vault references, Azure SignalR, Application
// Insights ingestion and the Bot Service (msaAppType UserAssignedMSI). No secret of the app sits in app settings.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionDays: logRetentionDays
    dailyQuotaGb: logDailyQuotaGb
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    name: names.storage
    skuName: storageSku
    containerName: containerName
    retentionDays: retentionDays
    lifecycleGraceDays: lifecycleGraceDays
    auditRetentionDays: auditRetentionDays
    softDeleteDays: blobSoftDeleteDays
    versioning: blobVersioning
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    tags: tags
    name: names.keyVault
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
    workspaceId: monitoring.outputs.workspaceId
    softDeleteDays: keyVaultSoftDeleteDays
    keyEncryptionKey: keyEncryptionKey
    pseudonymSecret: pseudonymSecret
    casesCodePepper: casesCodePepper
    handoffEncryptionKey: handoffEncryptionKey
    counsellorSigningKey: counsellorSigningKey
    directLineSecret: directLineSecret
    directLineTokenSigningKey: directLineTokenSigningKey
    recordSigningKey: recordSigningKey
    kakaoEnabled: kakaoEnabled
    kakaoSecret: kakaoSecret
    kakaoConversationKey: kakaoConversationKey
  }
}

module signalR 'modules/signalr.bicep' = if (useAzureSignalR) {
  name: 'signalr'
  params: {
    location: location
    tags: tags
    name: names.signalR
    skuName: signalRSku
    capacity: 1
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
  }
}

// App Service (Linux, "__" for ":" in setting names) reads these as configuration keys Section:Key. Each name must
// be one the app binds (Tests/Deployment/AppSettingNamesTests.cs checks them against the options classes).
var keyVaultReference = '@Microsoft.KeyVault(SecretUri={0})'
var baseSettings = [
  // The app listens on localhost:3978 unless told otherwise; App Service forwards traffic to port 8080.
  { name: 'ASPNETCORE_URLS', value: 'http://+:8080' }
  // For Azure SDK clients that only know the conventional variable. The app's own clients get the id explicitly.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }
  { name: 'AzureMonitor__ManagedIdentityClientId', value: identity.properties.clientId }
  { name: 'Storage__BlobServiceUri', value: storage.outputs.blobEndpoint }
  // Set explicitly although DefaultAzureCredential (used when it is empty) would find AZURE_CLIENT_ID: with it the
  // app uses ManagedIdentityCredential for this identity directly, instead of a chain that tries environment and
  // workload-identity credentials before it (and developer-tool credentials after it), so storage can only ever be
  // reached as this identity, and a missing role fails loudly instead of falling through to another credential.
  { name: 'Storage__ManagedIdentityClientId', value: identity.properties.clientId }
  { name: 'Storage__Container', value: containerName }
  { name: 'Storage__RetentionDays', value: string(retentionDays) }
  { name: 'Storage__KeyEncryptionKey', value: format(keyVaultReference, keyVault.outputs.keyEncryptionKeyUri) }
  { name: 'Storage__PseudonymSecret', value: format(keyVaultReference, keyVault.outputs.pseudonymSecretUri) }
  { name: 'Cases__CodePepper', value: format(keyVaultReference, keyVault.outputs.casesCodePepperUri) }
  { name: 'Handoff__EncryptionKey', value: format(keyVaultReference, keyVault.outputs.handoffEncryptionKeyUri) }
  { name: 'Counsellor__SigningKey', value: format(keyVaultReference, keyVault.outputs.counsellorSigningKeyUri) }
  { name: 'DirectLine__Secret', value: format(keyVaultReference, keyVault.outputs.directLineSecretUri) }
  { name: 'DirectLine__TokenSigningKey', value: format(keyVaultReference, keyVault.outputs.directLineTokenSigningKeyUri) }
  { name: 'Records__SigningKey', value: format(keyVaultReference, keyVault.outputs.recordSigningKeyUri) }
  // The Kakao endpoint is on by default in the app and, without a secret, accepts any caller: off unless configured.
  { name: 'Kakao__Enabled', value: string(kakaoEnabled) }
]
// WebChat:FrameAncestors is a list in the app (WebChatOptions), so each origin is its own indexed setting.
var frameAncestorSettings = [for (origin, i) in webChatFrameAncestors: { name: 'WebChat__FrameAncestors__${i}', value: origin }]
var kakaoSettings = concat(
  kakaoEnabled ? [{ name: 'Kakao__Secret', value: format(keyVaultReference, keyVault.outputs.kakaoSecretUri) }] : [],
  kakaoEnabled && !empty(kakaoConversationKey)
    ? [{ name: 'Kakao__ConversationKey', value: format(keyVaultReference, keyVault.outputs.kakaoConversationKeyUri) }]
    : []
)
var recordsSettings = empty(recordsPublicBaseUrl) ? [] : [{ name: 'Records__PublicBaseUrl', value: recordsPublicBaseUrl }]
var signalRSettings = useAzureSignalR ? [
  {
    name: 'Azure__SignalR__ConnectionString'
    value: 'Endpoint=https://${signalR!.outputs.hostName};AuthType=azure.msi;ClientId=${identity.properties.clientId};Version=1.0;'
  }
] : []

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    location: location
    tags: tags
    planName: names.plan
    appName: names.app
    skuName: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.id
    appSettings: concat(baseSettings, frameAncestorSettings, kakaoSettings, signalRSettings, recordsSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    tags: tags
    displayName: botDisplayName
    appHostName: app.outputs.hostName
    identityId: identity.id
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    sku: botSku
    directLineTrustedOrigins: directLineTrustedOrigins
    telegramAccessToken: telegramAccessToken
    lineChannelSecret: lineChannelSecret
    lineChannelAccessToken: lineChannelAccessToken
    facebookAppId: facebookAppId
    facebookAppSecret: facebookAppSecret
    facebookPageId: facebookPageId
    facebookPageAccessToken: facebookPageAccessToken
    slackClientId: slackClientId
    slackClientSecret: slackClientSecret
    slackSigningSecret: slackSigningSecret
    slackVerificationToken: slackVerificationToken
    slackLandingPageUrl: slackLandingPageUrl
    enableTeams: enableTeams
  }
}

// ---- Outputs (no secrets) -------------------------------------------------------------------------------------

output appUrl string = 'https://${app.outputs.hostName}'
output messagingEndpoint string = 'https://${app.outputs.hostName}/api/messages'
output kakaoSkillUrl string = 'https://${app.outputs.hostName}/api/kakao'
output appName string = app.outputs.name
output botName string = bot.outputs.name
output keyVaultName string = keyVault.outputs.name
output storageAccountName string = storage.outputs.name
output identityClientId string = identity.properties.clientId
