// Log Analytics (also the audit log of Key Vault and Storage) and a workspace-based Application Insights resource.
// Local (instrumentation key) authentication is disabled: the app ingests with its managed identity. IP masking is
// Application Insights' default and stays on (DisableIpMasking false), on top of the app's own scrubbing.

param location string
param tags object

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights resource.')
param appInsightsName string

@description('Days the workspace keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param retentionDays int

@description('Daily ingestion cap in GB, a guard against a runaway bill. -1 means no cap.')
param dailyQuotaGb int

@description('Principal id of the app identity, given Monitoring Metrics Publisher to ingest with Entra authentication.')
param appPrincipalId string

@description('Resource id of the app identity; names the role assignment (known before deployment, unlike the principal id).')
param appIdentityId string

// Built-in role: Monitoring Metrics Publisher.
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    DisableIpMasking: false
    IngestionMode: 'LogAnalytics'
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appIdentityId, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

output workspaceId string = workspace.id
output connectionString string = appInsights.properties.ConnectionString
