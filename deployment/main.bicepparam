// Safe defaults for one small support centre: one B1 instance in Korea Central (set by the resource group's
// location), zone-redundant storage, 365-day retention, 7-day soft delete, no messaging channels until their
// tokens are given. Secrets are read from environment variables at deployment time and never written to a file:
//   export REPORTBOT_KEY_ENCRYPTION_KEY=$(openssl rand -base64 32)   # see README.md, "Deploy"
using './main.bicep'

param namePrefix = 'reportbot'
param appServicePlanSku = 'B1'
param instanceCount = 1
param storageSku = 'Standard_ZRS'
param retentionDays = 365
param blobSoftDeleteDays = 7
param blobVersioning = false
param logRetentionDays = 30
param logDailyQuotaGb = 1
param botSku = 'F0'
param botDisplayName = 'ReportBot'

// The web site that embeds the widget, e.g. 'https://www.example.org'. Empty: the widget cannot be framed.
param webChatFrameAncestors = readEnvironmentVariable('REPORTBOT_FRAME_ANCESTORS', '')

param keyEncryptionKey = readEnvironmentVariable('REPORTBOT_KEY_ENCRYPTION_KEY')
param pseudonymSecret = readEnvironmentVariable('REPORTBOT_PSEUDONYM_SECRET')
param directLineSecret = readEnvironmentVariable('REPORTBOT_DIRECTLINE_SECRET')
param kakaoSecret = readEnvironmentVariable('REPORTBOT_KAKAO_SECRET', '')

param telegramAccessToken = readEnvironmentVariable('REPORTBOT_TELEGRAM_TOKEN', '')
param lineChannelSecret = readEnvironmentVariable('REPORTBOT_LINE_CHANNEL_SECRET', '')
param lineChannelAccessToken = readEnvironmentVariable('REPORTBOT_LINE_ACCESS_TOKEN', '')
param facebookAppId = readEnvironmentVariable('REPORTBOT_FACEBOOK_APP_ID', '')
param facebookAppSecret = readEnvironmentVariable('REPORTBOT_FACEBOOK_APP_SECRET', '')
param facebookPageId = readEnvironmentVariable('REPORTBOT_FACEBOOK_PAGE_ID', '')
param facebookPageAccessToken = readEnvironmentVariable('REPORTBOT_FACEBOOK_PAGE_TOKEN', '')
