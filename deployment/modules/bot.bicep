// The Azure Bot resource: authenticates as the app's user-assigned managed identity (no app password anywhere),
// sends channel traffic to https://<app>/api/messages, and enables the Direct Line channel plus, by parameter,
// Telegram, LINE, Facebook Messenger, Slack and Microsoft Teams (deployment/channels.md). KakaoTalk is not a Bot
// Service channel: it calls /api/kakao directly.

@description('Name of the Azure Bot resource (globally unique).')
param name string

param tags object

@description('Name shown in channels.')
param displayName string

@description('Host name of the Web App.')
param appHostName string

@description('The app identity: resource id, client id and tenant id.')
param identityId string
param identityClientId string
param identityTenantId string

@description('F0: standard channels free, premium channels limited. S1: paid premium channel messages.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Origins allowed to use the Direct Line channel\'s secure site (e.g. the centre\'s web site).')
param directLineTrustedOrigins array

@secure()
@description('Telegram bot token from @BotFather. Empty: Telegram is off.')
param telegramAccessToken string

@secure()
@description('LINE Messaging API channel secret. Empty (with the token): LINE is off.')
param lineChannelSecret string

@secure()
@description('LINE Messaging API channel access token.')
param lineChannelAccessToken string

@description('Facebook app id. Empty: Facebook Messenger is off.')
param facebookAppId string

@secure()
@description('Facebook app secret.')
param facebookAppSecret string

@description('Facebook page id the bot answers for.')
param facebookPageId string

@secure()
@description('Page access token for that page.')
param facebookPageAccessToken string

@description('Slack app client id. Empty: Slack is off.')
param slackClientId string

@secure()
@description('Slack app client secret.')
param slackClientSecret string

@secure()
@description('Slack app signing secret.')
param slackSigningSecret string

@secure()
@description('Slack app verification token (older Slack apps; may be empty).')
param slackVerificationToken string

@description('Page Slack shows after the app is added to a workspace.')
param slackLandingPageUrl string

@description('Microsoft Teams channel on (the deployer accepts the Teams channel\'s terms of service).')
param enableTeams bool

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${appHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: identityTenantId
    publicNetworkAccess: 'Enabled'
    isStreamingSupported: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(directLineTrustedOrigins)
          trustedOrigins: directLineTrustedOrigins
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource telegram 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(telegramAccessToken)) {
  parent: bot
  name: 'TelegramChannel'
  location: 'global'
  properties: {
    channelName: 'TelegramChannel'
    properties: {
      accessToken: telegramAccessToken
      isEnabled: true
    }
  }
}

resource line 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(lineChannelSecret) && !empty(lineChannelAccessToken)) {
  parent: bot
  name: 'LineChannel'
  location: 'global'
  properties: {
    channelName: 'LineChannel'
    properties: {
      lineRegistrations: [
        {
          channelSecret: lineChannelSecret
          channelAccessToken: lineChannelAccessToken
        }
      ]
    }
  }
}

resource facebook 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(facebookAppId)) {
  parent: bot
  name: 'FacebookChannel'
  location: 'global'
  properties: {
    channelName: 'FacebookChannel'
    properties: {
      appId: facebookAppId
      appSecret: facebookAppSecret
      isEnabled: true
      pages: [
        {
          id: facebookPageId
          accessToken: facebookPageAccessToken
        }
      ]
    }
  }
}

resource slack 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(slackClientId)) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      verificationToken: slackVerificationToken
      landingPageUrl: slackLandingPageUrl
      isEnabled: true
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableTeams) {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      enableCalling: false
    }
  }
}

// No diagnostic setting on the bot resource: its request logs can carry channel conversation and user ids.

output name string = bot.name
