// Key Vault (RBAC) for the app's secrets. The app reads them through Key Vault references in its settings, resolved
// by App Service with the app's identity; nobody copies a secret into an app setting. Soft delete and purge
// protection stop a deleted or overwritten key from being lost for good (and stop an intruder from destroying it).

param location string
param tags object

@description('Name of the vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Principal id of the app identity (Key Vault Secrets User).')
param appPrincipalId string

@description('Resource id of the app identity; names the role assignment (known before deployment, unlike the principal id).')
param appIdentityId string

@description('Log Analytics workspace for the vault audit log.')
param workspaceId string

@description('Days a deleted secret or vault can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteDays int

@secure()
@description('Storage:KeyEncryptionKey: base64 of 32 random bytes; wraps every case\'s data key.')
param keyEncryptionKey string

@secure()
@description('Privacy:PseudonymSecret: base64 of 32 random bytes; the HMAC key that turns channel user ids into pseudonyms.')
param pseudonymSecret string

@secure()
@description('DirectLine:Secret: the embedded Direct Line endpoint\'s secret (base64 of 32 random bytes).')
param directLineSecret string

@description('Store the Kakao header secret (KakaoTalk in use).')
param kakaoEnabled bool

@secure()
@description('Kakao:Secret: the custom header value the Kakao i Open Builder skill sends.')
param kakaoSecret string

// Built-in role: Key Vault Secrets User (read secret values).
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource kek 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-key-encryption-key'
  properties: {
    value: keyEncryptionKey
    contentType: 'base64; 32 bytes; AES-256 key-encryption key'
  }
}

resource pseudonym 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'privacy-pseudonym-secret'
  properties: {
    value: pseudonymSecret
    contentType: 'base64; 32 bytes; HMAC-SHA256 key'
  }
}

resource directLine 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-secret'
  properties: {
    value: directLineSecret
    contentType: 'Direct Line secret'
  }
}

resource kakao 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (kakaoEnabled) {
  parent: vault
  name: 'kakao-secret'
  properties: {
    value: kakaoSecret
    contentType: 'Kakao skill header secret'
  }
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appIdentityId, secretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

resource vaultAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'vault-audit'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

// Versionless URIs: App Service picks up a rotated secret (new version) on its next refresh or restart.
output keyEncryptionKeyUri string = kek.properties.secretUri
output pseudonymSecretUri string = pseudonym.properties.secretUri
output directLineSecretUri string = directLine.properties.secretUri
output kakaoSecretUri string = kakao.?properties.secretUri ?? ''
output name string = vault.name
