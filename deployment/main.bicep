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

@secure()
@description('Storage:KeyEncryptionKey: base64 of 32 random bytes (openssl rand -base64 32).')
param keyEncryptionKey string

@secure()
@description('Privacy:PseudonymSecret: base64 of 32 random bytes.')
param pseudonymSecret string

@secure()
@description('DirectLine:Secret for the embedded Direct Line endpoint: base64 of 32 random bytes.')
param directLineSecret string

@secure()
@description('Kakao:Secret: the custom header value set in Kakao i Open Builder. Empty: KakaoTalk not used.')
param kakaoSecret string = ''

// ---- Web widget -----------------------------------------------------------------------------------------------

@description('WebChat:FrameAncestors: space-separated origins allowed to embed the widget, e.g. https://www.example.org.')
param webChatFrameAncestors string = ''

@description('Origins allowed on the Azure Direct Line channel\'s secure site. Empty: secure site off.')
param directLineTrustedOrigins array = []

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

// ---- Names ----------------------------------------------------------------------------------------------------

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
    directLineSecret: directLineSecret
    kakaoEnabled: !empty(kakaoSecret)
    kakaoSecret: kakaoSecret
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

// App Service (Linux, "__" for ":" in setting names) reads these as configuration keys Section:Key.
var keyVaultReference = '@Microsoft.KeyVault(SecretUri={0})'
var baseSettings = [
  // The app listens on localhost:3978 unless told otherwise; App Service forwards traffic to port 8080.
  { name: 'ASPNETCORE_URLS', value: 'http://+:8080' }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }
  { name: 'AzureMonitor__ManagedIdentityClientId', value: identity.properties.clientId }
  { name: 'Storage__BlobServiceUri', value: storage.outputs.blobEndpoint }
  { name: 'Storage__ContainerName', value: containerName }
  { name: 'Storage__RetentionDays', value: string(retentionDays) }
  { name: 'Storage__KeyEncryptionKey', value: format(keyVaultReference, keyVault.outputs.keyEncryptionKeyUri) }
  { name: 'Privacy__PseudonymSecret', value: format(keyVaultReference, keyVault.outputs.pseudonymSecretUri) }
  { name: 'DirectLine__Secret', value: format(keyVaultReference, keyVault.outputs.directLineSecretUri) }
  { name: 'WebChat__FrameAncestors', value: webChatFrameAncestors }
]
var kakaoSettings = empty(kakaoSecret) ? [] : [
  { name: 'Kakao__Secret', value: format(keyVaultReference, keyVault.outputs.kakaoSecretUri) }
]
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
    appSettings: concat(baseSettings, kakaoSettings, signalRSettings)
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
