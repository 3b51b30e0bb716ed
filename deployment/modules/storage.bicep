// Storage for conversation state, encrypted transcripts, wrapped data keys, the handoff queue and the audit trail.
// Only Entra identities reach it (shared keys and SAS off, no anonymous blob access, TLS 1.2). A lifecycle rule
// deletes what nobody has read or written for the app's retention age plus a grace period: the app's own purge
// normally acts first (and writes its audit entry); the rule is the backstop if it ever stops running.

param location string
param tags object

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Replication. Standard_ZRS survives a zone outage; Standard_LRS is cheapest.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('The private container that holds everything.')
param containerName string

@description('Storage:RetentionDays: how long a case is kept after its last activity.')
@minValue(1)
param retentionDays int

@description('Extra days before the lifecycle rule deletes, so the app purges first.')
@minValue(0)
param lifecycleGraceDays int

@description('How long audit entries (audit/) are kept.')
@minValue(1)
param auditRetentionDays int

@description('Days a deleted blob can be restored (blob soft delete). Also the delay before a crypto-shredded case is unrecoverable.')
@minValue(1)
@maxValue(365)
param softDeleteDays int

@description('Keep previous versions of every blob. Off by default: state changes every turn, and versions delay crypto-shredding.')
param versioning bool

@description('Principal id of the app identity (Storage Blob Data Contributor).')
param appPrincipalId string

@description('Resource id of the app identity; names the role assignment (known before deployment, unlike the principal id).')
param appIdentityId string

@description('Log Analytics workspace for the blob audit log (reads, writes, deletes).')
param workspaceId string

// Built-in role: Storage Blob Data Contributor.
var blobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// Prefixes written by the app (see DESIGN.md, storage layout); audit/ has its own retention.
var casePrefixes = [
  '${containerName}/state/'
  '${containerName}/transcripts/'
  '${containerName}/handoffs/'
  '${containerName}/keys/'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    isVersioningEnabled: versioning
    lastAccessTimeTrackingPolicy: {
      enable: true
      name: 'AccessTimeTracking'
      trackingGranularityInDays: 1
      blobType: [
        'blockBlob'
      ]
    }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  dependsOn: [
    blobService
  ]
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-cases'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: casePrefixes
            }
            actions: {
              baseBlob: {
                // Last access (read or write) keeps a case that is still in use alive, e.g. its data key,
                // which is written once and read on every turn. Append blobs: the next rule, by modification.
                delete: {
                  daysAfterLastAccessTimeGreaterThan: retentionDays + lifecycleGraceDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: softDeleteDays
                }
              }
            }
          }
        }
        {
          name: 'expire-case-append-blobs'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'appendBlob'
              ]
              prefixMatch: casePrefixes
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: retentionDays + lifecycleGraceDays
                }
              }
            }
          }
        }
        {
          name: 'expire-audit'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
                'appendBlob'
              ]
              prefixMatch: [
                '${containerName}/audit/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: auditRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource blobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, appIdentityId, blobDataContributor)
  scope: account
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributor)
  }
}

// Who read, wrote or deleted which blob, and when: the trail to follow after a suspected breach.
resource blobAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'blob-audit'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
