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
@description('Storage:PseudonymSecret: base64 of 32+ random bytes; the HMAC key of pseudonymous user ids and case ids.')
param pseudonymSecret string

@secure()
@description('Cases:CodePepper: 32+ characters mixed into every case-code hash.')
param casesCodePepper string

@secure()
@description('Handoff:EncryptionKey: base64 of 32 random bytes; encrypts open handoffs\' conversation references and messages.')
param handoffEncryptionKey string

@secure()
@description('Counsellor:SigningKey: base64 of 32 random bytes; signs counsellor sign-in tokens.')
param counsellorSigningKey string

@secure()
@description('DirectLine:Secret: the embedded Direct Line endpoint\'s secret (32+ characters).')
param directLineSecret string

@secure()
@description('DirectLine:TokenSigningKey: base64 of 32+ random bytes; signs the widget\'s Direct Line tokens.')
param directLineTokenSigningKey string

@secure()
@description('Records:SigningKey: base64 of a PKCS#8 ECDSA P-256 private key; signs survivors\' records.')
param recordSigningKey string

@description('Store the Kakao secrets (KakaoTalk in use).')
param kakaoEnabled bool

@secure()
@description('Kakao:Secret: the custom header value the Kakao i Open Builder skill sends.')
param kakaoSecret string

@secure()
@description('Kakao:ConversationKey: HMAC key of Kakao conversation ids. Empty: not stored (the app falls back to Kakao:Secret).')
param kakaoConversationKey string

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

// Named after the setting it feeds (Storage:PseudonymSecret). Earlier versions stored it as
// 'privacy-pseudonym-secret'; that secret is no longer referenced (see key-vault.md, "Upgrading").
resource pseudonym 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-pseudonym-secret'
  properties: {
    value: pseudonymSecret
    contentType: 'base64; 32+ bytes; HMAC-SHA256 key'
  }
}

resource casesPepper 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'cases-code-pepper'
  properties: {
    value: casesCodePepper
    contentType: '32+ characters; case-code hash pepper'
  }
}

resource handoffKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'handoff-encryption-key'
  properties: {
    value: handoffEncryptionKey
    contentType: 'base64; 32 bytes; AES-256 key'
  }
}

resource counsellorKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'counsellor-signing-key'
  properties: {
    value: counsellorSigningKey
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

resource directLineTokenKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-token-signing-key'
  properties: {
    value: directLineTokenSigningKey
    contentType: 'base64; 32+ bytes; HMAC-SHA256 key'
  }
}

resource recordKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'records-signing-key'
  properties: {
    value: recordSigningKey
    contentType: 'base64 PKCS#8; ECDSA P-256 private key'
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

resource kakaoConversation 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (kakaoEnabled && !empty(kakaoConversationKey)) {
  parent: vault
  name: 'kakao-conversation-key'
  properties: {
    value: kakaoConversationKey
    contentType: '32+ characters; HMAC key of Kakao conversation ids'
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
output casesCodePepperUri string = casesPepper.properties.secretUri
output handoffEncryptionKeyUri string = handoffKey.properties.secretUri
output counsellorSigningKeyUri string = counsellorKey.properties.secretUri
output directLineSecretUri string = directLine.properties.secretUri
output directLineTokenSigningKeyUri string = directLineTokenKey.properties.secretUri
output recordSigningKeyUri string = recordKey.properties.secretUri
output kakaoSecretUri string = kakao.?properties.secretUri ?? ''
output kakaoConversationKeyUri string = kakaoConversation.?properties.secretUri ?? ''
output name string = vault.name
