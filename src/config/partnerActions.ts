// The Partner Center actions' settings: the OAuth connection with its sign-in app, or the local
// demonstration, which never runs beside a registration, beyond loopback or outside development.
import { ConfigError, Env, GUID, flag, isLoopbackHost, text } from './env';
import type { PartnerActionsSettings } from './index';

const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}$/;

export function partnerActionsSettings(env: Env, appId: string, host: string): PartnerActionsSettings | undefined {
  const connectionName = text(env, 'OAUTH_CONNECTION_NAME');
  const ssoAppId = text(env, 'SSO_APP_ID');
  const ssoClientSecret = text(env, 'SSO_CLIENT_SECRET');
  const demo = flag(env, 'PARTNER_ACTIONS_DEMO');
  // Off unless the deployment turns it on: a request may then ask to assign access from the templates on approval.
  const onApproval = flag(env, 'ASSIGN_ON_APPROVAL') ? { assignOnApproval: true as const } : {};
  if (demo) {
    // The stand-ins answer anyone with made-up data: never beside a real registration.
    if (appId !== '') throw new ConfigError('PARTNER_ACTIONS_DEMO is for local use without a registration: unset it, or MicrosoftAppId.');
    if (connectionName !== '') throw new ConfigError('Set PARTNER_ACTIONS_DEMO or OAUTH_CONNECTION_NAME, not both.');
    // Only this machine may reach it, and only a development or test run: an unknown NODE_ENV
    // (prod, staging) is taken for a deployment, not waved through.
    const nodeEnv = text(env, 'NODE_ENV').toLowerCase();
    if (!['', 'development', 'test'].includes(nodeEnv))
      throw new ConfigError(`PARTNER_ACTIONS_DEMO is for local use: it runs only with NODE_ENV unset, development or test (got "${nodeEnv.slice(0, 20)}").`);
    if (!isLoopbackHost(host))
      throw new ConfigError(`PARTNER_ACTIONS_DEMO is for local use: HOST must be a loopback address such as 127.0.0.1 (got "${host.slice(0, 40)}").`);
    return { mode: 'demo', ...onApproval };
  }
  if (connectionName === '') {
    if (onApproval.assignOnApproval)
      throw new ConfigError('ASSIGN_ON_APPROVAL needs the Partner Center actions (OAUTH_CONNECTION_NAME): it assigns as the partner who asked.');
    if (ssoAppId !== '' || ssoClientSecret !== '')
      throw new ConfigError('SSO_APP_ID and SSO_CLIENT_SECRET need OAUTH_CONNECTION_NAME, the OAuth connection of the Azure Bot.');
    return undefined;
  }
  if (!CONNECTION_NAME.test(connectionName))
    throw new ConfigError("OAUTH_CONNECTION_NAME must be the name of the Azure Bot's OAuth connection setting (letters, digits, spaces, . _ -).");
  if (appId === '')
    throw new ConfigError("OAUTH_CONNECTION_NAME needs the bot's registration (MicrosoftAppId): the token service only answers a registered bot.");
  if (!GUID.test(ssoAppId)) throw new ConfigError('OAUTH_CONNECTION_NAME needs SSO_APP_ID, the client id (GUID) of the sign-in app registration.');
  return { mode: 'oauth', connectionName, ssoAppId, ...(ssoClientSecret !== '' ? { ssoClientSecret } : {}), ...onApproval };
}

/**
 * Who verifies a partner's sign-in token (the team view's people, the side panel's My cases): with
 * OAuth, Entra's keys for the sign-in app; in the demonstration, its stand-in token service;
 * without the actions, no one.
 */
export function signInVerifierOf(settings: PartnerActionsSettings | undefined): { by: 'entra'; ssoAppId: string } | { by: 'standins' } | undefined {
  if (!settings) return undefined;
  return settings.mode === 'oauth' ? { by: 'entra', ssoAppId: settings.ssoAppId } : { by: 'standins' };
}
