// How the HTTP entry checks a Bot Framework token, around botframework-connector 4.23: which
// OpenID metadata it trusts (createBotFrameworkAuthentication), and that the SDK's console output
// of a refusal is dropped (withoutSdkConsole). What a request must carry to be looked at at all
// and which failures are the caller's fault are pure (src/protocols/http/entryAnswers.ts).
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { AppConfig, botFrameworkSettings } from '../../config';
import { guardSigningKeyFetches } from '../sdkInternals';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The OpenID metadata URL for tests, checked: https, or http on a loopback address. */
export function checkedMetadataUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('The Bot Framework OpenID metadata URL must be an absolute URL.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error('The Bot Framework OpenID metadata URL must use https (http only on a loopback address).');
  }
  return url.href;
}

/**
 * Trusts Bot Framework's own OpenID metadata, always, in production. Tests can point it at a local
 * document only through createApp's options (never the environment), and only over https or on a
 * loopback address (checkedMetadataUrl).
 */
export function createBotFrameworkAuthentication(config: AppConfig, openIdMetadataUrl?: string): ConfigurationBotFrameworkAuthentication {
  // One key fetch at a time, with a deadline and a short memory of failure (sdkInternals/signingKeys.ts).
  guardSigningKeyFetches();
  if (openIdMetadataUrl === undefined) return new ConfigurationBotFrameworkAuthentication(botFrameworkSettings(config));
  const metadata = checkedMetadataUrl(openIdMetadataUrl);
  // One parameterized value makes the SDK expect them all: the public cloud's, but the metadata.
  return new ConfigurationBotFrameworkAuthentication({
    ...botFrameworkSettings(config),
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadata,
    ToBotFromEmulatorOpenIdMetadataUrl: metadata,
    CallerId: CallerIdConstants.PublicAzureChannel,
  });
}

// Moved beside the other SDK internals (the side panel's token check uses it too); exported here as before.
export { withoutSdkConsole } from '../sdkInternals';
