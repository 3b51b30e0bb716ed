// App Service plan (Linux) and the Web App running ReportBot on .NET 10. HTTPS only, TLS 1.2+, FTP and basic
// publishing credentials off, health check on /healthz. ARR affinity is ON: the embedded Direct Line endpoint keeps
// a conversation's socket and queue in one instance's memory, so a browser must keep reaching the same instance.

param location string
param tags object

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App (becomes <name>.azurewebsites.net).')
param appName string

@description('Plan SKU. B1 is enough for one small centre; P0v3/P1v3 add autoscale, slots and zone redundancy options.')
param skuName string

@description('Number of instances. Two or more for availability; then turn on Azure SignalR.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Application settings (name/value pairs), Key Vault references included.')
param appSettings array

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: true
    keyVaultReferenceIdentity: identityId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      // App Service's own HTTP logs would store every visitor's IP address: keep them off (see README).
      httpLoggingEnabled: false
      detailedErrorLoggingEnabled: false
      requestTracingEnabled: false
      appSettings: appSettings
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output hostName string = app.properties.defaultHostName
output name string = app.name
