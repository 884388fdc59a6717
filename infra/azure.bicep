// Azure resources of Multi-channel Advisor, deployed by the Agents Toolkit's arm/deploy step
// (m365agents.yml, parameters in azure.parameters.json) or by hand with
// `az deployment group create -g <group> -f infra/azure.bicep -p infra/azure.parameters.json`
// after filling the ${{...}} values. The bot has no password anywhere: it runs as a user-assigned
// managed identity (UserAssignedMSI), which also reaches the state storage through a role.

@minLength(4)
@maxLength(20)
@description('Base of every resource name (letters and digits).')
param resourceBaseName string

@description('App Service plan size (B1 or larger: always on needs a paid tier).')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name of the bot shown in Teams and the Azure portal.')
param botDisplayName string

@description('Tenant GUIDs (comma-separated) whose users may use the bot; empty = any tenant.')
param allowedTenants string = ''

param location string = resourceGroup().location

@description('Container holding the conversation state.')
param stateContainerName string = 'advisor-state'

// Microsoft documents the bot's disableLocalAuth only as "opt out of local authentication: only
// MSI and AAD can be used". The Direct Line secret the Web Chat page exchanges for tokens is such
// a local key, and none of Microsoft's bot templates set it; the bot itself already talks to the
// channels with Entra tokens (UserAssignedMSI), so the default keeps the page working.
@description('Turn off the bot\'s local (key) authentication. Leave false while the Web Chat page is used: it exchanges the Direct Line secret for tokens.')
param disableLocalAuth bool = false

// Sign-in for the Partner Center actions (docs/deploy.md, "Sign-in and Partner Center actions").
// The bot's managed identity cannot sign users in, so a separate Entra app registration, the
// sign-in app, does: the Azure Bot's OAuth connection signs the partner in to it once (Teams
// single sign-on), and the bot exchanges that token on the partner's behalf for Partner Center
// and Graph, proving itself with the managed identity (a federated credential of the sign-in app,
// added once by hand). All of it only when ssoAppId is given: without it nothing here changes.
@description('Client id of the sign-in app (the Teams SSO token\'s audience); empty = no sign-in and no Partner Center actions.')
param ssoAppId string = ''

@description('Tenant of the sign-in app (a single-tenant app); empty = the managed identity\'s tenant.')
param ssoTenantId string = ''

@description('Name of the Azure Bot\'s OAuth connection setting, given to the bot as OAUTH_CONNECTION_NAME.')
param oauthConnectionName string = 'PartnerCenter'

// Assign on approval (docs/actions.md): a GDAP request may ask to assign access from the templates
// naming a group by object id once the customer approves, as the partner who asked. It needs the
// actions, so it is set only with a sign-in app; off by default.
@description('Let a GDAP request assign access from the assignment templates once the customer approves (ASSIGN_ON_APPROVAL); only with ssoAppId.')
param assignOnApproval bool = false

@secure()
@description('Signs the Web Chat page\'s visitor cookie (WEBCHAT_COOKIE_KEY), the same on every instance. A new one each deployment: visitors then start as new users.')
param webChatCookieKey string = newGuid()

@secure()
@description('Client secret of the sign-in app, kept only by the Bot Service\'s token service (the OAuth connection); needed with ssoAppId.')
param oauthConnectionClientSecret string = ''

var webAppName = resourceBaseName
var webAppHost = '${webAppName}.azurewebsites.net'
// Storage Blob Data Contributor (built-in role).
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var signInOn = !empty(ssoAppId)
// The sign-in app's identifier URI: the Teams manifest's webApplicationInfo.resource and the
// connection's token exchange URL, which must be the same string.
var signInResource = 'api://botid-${ssoAppId}'
// The bot's settings that turn sign-in (and so the actions) on; none at all without a sign-in app.
var signInSettings = signInOn ? { OAUTH_CONNECTION_NAME: oauthConnectionName, SSO_APP_ID: ssoAppId } : {}
// The bot refuses ASSIGN_ON_APPROVAL without the actions: never set without a sign-in app.
var onApprovalSettings = signInOn && assignOnApproval ? { ASSIGN_ON_APPROVAL: 'true' } : {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'st${uniqueString(resourceGroup().id, resourceBaseName)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    // Entra ID only: no account key, no SAS signed with it, no anonymous reads.
    allowSharedKeyAccess: false
    // The portal and tools reach the data with the signed-in user's Entra ID too, never asking for a key.
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: stateContainerName
  properties: { publicAccess: 'None' }
}

// Earlier versions remembered each Partner Center event as a blob of its own (cases/event/<id>);
// the bot now keeps delivered ids in a few shards that forget them after 30 days by themselves, and
// Storage's lifecycle management deletes the old markers. (State keys are blob names URI-encoded,
// as botbuilder's BlobsStorage names them: cases/event/ is cases%2Fevent%2F.)
resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'forget-partner-center-events'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/cases%2Fevent%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 3 } } }
          }
        }
      ]
    }
  }
}

resource stateAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, blobDataContributorRoleId)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2024-11-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Every instance serves every conversation (state is in Blob Storage, with eTags), so no
    // ARR affinity cookie pins a user to one instance and a restart moves no one.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The deployed zip is the built, pruned tree: start it as is, no build on the server, with
      // the heap's bounds of package.json's start script.
      appCommandLine: 'node --max-old-space-size=512 --max-semi-space-size=4 dist/src/index.js'
      alwaysOn: true
      // The platform's instance health check replaces an instance that fails it. /readyz fails
      // while the state storage is unreachable, which is the same for every instance at once:
      // replacing them all would turn a storage outage into a full outage and a restart storm.
      // /healthz says whether this process serves; /readyz stays for traffic managers and
      // monitoring that should see the storage too (docs/production.md).
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// No basic (user name and password) publishing: zip deploy signs in with Entra ID (atk deploy,
// azure/webapps-deploy after azure/login), so FTP and the SCM site take no passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'ftp'
  properties: { allow: false }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'scm'
  properties: { allow: false }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webAppHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    disableLocalAuth: disableLocalAuth
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The secret stays on the server, which exchanges it for short-lived tokens bound to the
          // user id the server chose. Enhanced authentication makes Direct Line hold every activity
          // to that id, and sign-ins to the page's own origin.
          isSecureSiteEnabled: true
          trustedOrigins: [
            'https://${webAppHost}'
          ]
        }
      ]
    }
  }
}

// The Direct Line site's secret. listChannelWithKeys (ListChannelWithKeysResponse) carries the
// sites in two places: `setting` (ChannelSettings) and `properties.properties` (the channel
// itself). Which one the service fills has not been pinned down, so read both, safely (`.?`,
// `[?0]`). Should neither carry a key, the setting is empty and the page says Web Chat is not
// configured, rather than the deployment failing on a missing property.
var directLineKeys = directLineChannel.listChannelWithKeys()
var directLineSecret = directLineKeys.?setting.?sites[?0].?key ?? directLineKeys.?properties.?properties.?sites[?0].?key ?? ''

// Microsoft 365 Copilot reaches the bot through this channel: the manifest declares the bot as a
// custom engine agent (copilotAgents), and Copilot's messages come on msteams with a ProductInfo entity.
resource m365ExtensionsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

// The OAuth connection the bot signs the partner in with (Teams SSO, the token service's
// fallback sign-in card otherwise). One sign-in serves Partner Center and Graph alike: its token is
// for the sign-in app's own API (access_as_user), which the bot exchanges on the partner's behalf.
resource oauthConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = if (signInOn) {
  parent: bot
  name: oauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: ssoAppId
    clientSecret: oauthConnectionClientSecret
    scopes: '${signInResource}/access_as_user openid profile offline_access'
    parameters: [
      { key: 'tenantID', value: empty(ssoTenantId) ? identity.properties.tenantId : ssoTenantId }
      { key: 'tokenExchangeUrl', value: signInResource }
    ]
  }
}

// App settings in their own resource: they need the Direct Line channel's key, and the bot
// needs only the web app's name, so nothing depends on itself.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: webApp
  name: 'appsettings'
  // OAUTH_CONNECTION_NAME and SSO_APP_ID join only with a sign-in app (signInSettings), and
  // ASSIGN_ON_APPROVAL with it when asked for (onApprovalSettings). No secret of the sign-in app is
  // here: the bot proves itself with its managed identity.
  properties: union({
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    AZURE_CLIENT_ID: identity.properties.clientId
    STORAGE: 'blob'
    BLOB_ACCOUNT_URL: storage.properties.primaryEndpoints.blob
    BLOB_CONTAINER: stateContainerName
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    DIRECT_LINE_SECRET: directLineSecret
    ALLOWED_TENANTS: allowedTenants
    WEBCHAT_TRUST_PROXY: 'true'
    WEBCHAT_COOKIE_KEY: webChatCookieKey
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    NODE_ENV: 'production'
    LOG_LEVEL: 'info'
  }, signInSettings, onApprovalSettings)
  dependsOn: [stateAccess, stateContainer, teamsChannel, oauthConnection]
}

// Written to env/.env.<env> by the toolkit; m365agents.yml and the manifest read these names.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output MICROSOFT_APP_ID string = identity.properties.clientId
output MICROSOFT_APP_TENANT_ID string = identity.properties.tenantId
output AZURE_BOT_NAME string = bot.name
output BLOB_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob
output DEVELOPER_WEBSITE_URL string = 'https://${webApp.properties.defaultHostName}/'
output PRIVACY_URL string = 'https://${webApp.properties.defaultHostName}/privacy'
output TERMS_URL string = 'https://${webApp.properties.defaultHostName}/terms'
// The sign-in app's federated credential names the identity by this id (docs/deploy.md).
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output OAUTH_CONNECTION_NAME string = signInOn ? oauthConnectionName : ''
