// Azure SignalR Service: the counsellor console's backplane when more than one instance runs, so a counsellor
// connected to one instance sees a survivor's messages handled by another. Access keys are off; the app connects
// with its managed identity (SignalR App Server role).

param location string
param tags object

@description('Name of the SignalR resource (globally unique).')
param name string

@description('Standard_S1 for production (SLA); Free_F1 only for trials (20 connections, no SLA).')
@allowed([
  'Free_F1'
  'Standard_S1'
  'Premium_P1'
])
param skuName string

@description('SignalR units (1 unit = 1,000 concurrent connections on Standard).')
@minValue(1)
param capacity int

@description('Principal id of the app identity.')
param appPrincipalId string

@description('Resource id of the app identity; names the role assignment (known before deployment, unlike the principal id).')
param appIdentityId string

// Built-in role: SignalR App Server.
var signalRAppServer = '420fcaa2-552c-430f-98ca-3264be4806c7'

resource signalR 'Microsoft.SignalRService/signalR@2024-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'SignalR'
  sku: {
    name: skuName
    capacity: capacity
  }
  properties: {
    features: [
      {
        flag: 'ServiceMode'
        value: 'Default'
      }
      {
        // Connectivity logs would record client addresses; message logs would record traffic. Both stay off.
        flag: 'EnableConnectivityLogs'
        value: 'False'
      }
      {
        flag: 'EnableMessagingLogs'
        value: 'False'
      }
    ]
    disableLocalAuth: true
    disableAadAuth: false
    publicNetworkAccess: 'Enabled'
    tls: {
      clientCertEnabled: false
    }
  }
}

resource appServer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(signalR.id, appIdentityId, signalRAppServer)
  scope: signalR
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', signalRAppServer)
  }
}

output hostName string = signalR.properties.hostName
