// Safe defaults for one small support centre: one B1 instance in Korea Central (set by the resource group's
// location), zone-redundant storage, 365-day retention, 7-day soft delete, no messaging channels until their
// tokens are given. Secrets are read from environment variables at deployment time and never written to a file:
//   export REPORTBOT_KEY_ENCRYPTION_KEY=$(openssl rand -base64 32)   # and the others: README.md, "Deploy"
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

// The web sites that may embed the widget, space-separated, e.g. 'https://www.example.org https://help.example.org'.
// Empty: the widget cannot be framed.
param webChatFrameAncestors = filter(split(readEnvironmentVariable('REPORTBOT_FRAME_ANCESTORS', ''), ' '), origin => !empty(origin))

param keyEncryptionKey = readEnvironmentVariable('REPORTBOT_KEY_ENCRYPTION_KEY')
param pseudonymSecret = readEnvironmentVariable('REPORTBOT_PSEUDONYM_SECRET')
param casesCodePepper = readEnvironmentVariable('REPORTBOT_CASES_CODE_PEPPER')
param handoffEncryptionKey = readEnvironmentVariable('REPORTBOT_HANDOFF_ENCRYPTION_KEY')
param counsellorSigningKey = readEnvironmentVariable('REPORTBOT_COUNSELLOR_SIGNING_KEY')
param directLineSecret = readEnvironmentVariable('REPORTBOT_DIRECTLINE_SECRET')
param directLineTokenSigningKey = readEnvironmentVariable('REPORTBOT_DIRECTLINE_TOKEN_SIGNING_KEY')
// An EC key, not random bytes: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0
param recordSigningKey = readEnvironmentVariable('REPORTBOT_RECORD_SIGNING_KEY')
// The public address for links written into KakaoTalk, e.g. 'https://reportbot.example.org'. Empty: paths only.
param recordsPublicBaseUrl = readEnvironmentVariable('REPORTBOT_PUBLIC_BASE_URL', '')

// KakaoTalk: both or neither. With the header secret set the conversation key is required, so a deployment cannot
// quietly derive Kakao conversation ids from the secret (and lose every one of them when the secret is rotated).
var kakaoHeaderSecret = readEnvironmentVariable('REPORTBOT_KAKAO_SECRET', '')
var kakaoKey = readEnvironmentVariable('REPORTBOT_KAKAO_CONVERSATION_KEY', '')
param kakaoSecret = kakaoHeaderSecret
param kakaoConversationKey = !empty(kakaoHeaderSecret) && empty(kakaoKey)
  ? fail('REPORTBOT_KAKAO_CONVERSATION_KEY is required when REPORTBOT_KAKAO_SECRET is set (openssl rand -base64 48).')
  : kakaoKey

param telegramAccessToken = readEnvironmentVariable('REPORTBOT_TELEGRAM_TOKEN', '')
param lineChannelSecret = readEnvironmentVariable('REPORTBOT_LINE_CHANNEL_SECRET', '')
param lineChannelAccessToken = readEnvironmentVariable('REPORTBOT_LINE_ACCESS_TOKEN', '')
param facebookAppId = readEnvironmentVariable('REPORTBOT_FACEBOOK_APP_ID', '')
param facebookAppSecret = readEnvironmentVariable('REPORTBOT_FACEBOOK_APP_SECRET', '')
param facebookPageId = readEnvironmentVariable('REPORTBOT_FACEBOOK_PAGE_ID', '')
param facebookPageAccessToken = readEnvironmentVariable('REPORTBOT_FACEBOOK_PAGE_TOKEN', '')
param slackClientId = readEnvironmentVariable('REPORTBOT_SLACK_CLIENT_ID', '')
param slackClientSecret = readEnvironmentVariable('REPORTBOT_SLACK_CLIENT_SECRET', '')
param slackSigningSecret = readEnvironmentVariable('REPORTBOT_SLACK_SIGNING_SECRET', '')
param slackVerificationToken = readEnvironmentVariable('REPORTBOT_SLACK_VERIFICATION_TOKEN', '')
param slackLandingPageUrl = readEnvironmentVariable('REPORTBOT_SLACK_LANDING_PAGE', '')
param enableTeams = readEnvironmentVariable('REPORTBOT_ENABLE_TEAMS', 'false') == 'true'
