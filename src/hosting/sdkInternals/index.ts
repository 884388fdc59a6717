// Every use of a Bot Framework SDK internal (a module under a package's lib/ that the package
// does not export, or a value marked @internal), each with why it is here. The SDK is archived
// and none of these is a promise: test/hosting/sdkInternals.test.ts checks each assumption, so an
// upgrade that breaks one fails the tests instead of the bot. A move to the Microsoft 365 Agents
// SDK replaces this room first (docs/hosting.md).
import { Activity } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { USER_AGENT } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import { Activity as ActivityMapper } from 'botframework-connector/lib/connectorApi/models/mappers';

// The SDK's signing-key fetch, guarded (signingKeys.ts says why and how).
export { withoutSdkConsole } from './sdkConsole';
export { guardSigningKeyFetches, SigningKeysUnavailableError, signingKeyFetchGuarded } from './signingKeys';

/**
 * The activity as CloudAdapter.process makes it from a request body (timestamps as Dates, a type
 * required). The hardened HTTP entry (http/advisorAdapter.ts) checks the token before running the
 * turn and answers failures itself, so it cannot call process(); it makes the activity the same
 * way so that the turn sees what the SDK's own entry would hand it.
 */
export function activityFromBody(body: unknown): Activity {
  return validateAndFixActivity(body as Activity);
}

/**
 * A state key's blob name as botbuilder-azure-blobs' BlobsStorage names it, so the blob storage
 * (state/blobStorage.ts) and BlobsStorage read and write the same blobs and data moves freely
 * between them.
 */
export function blobsStorageName(key: string): string {
  return sanitizeBlobKey(key);
}

/**
 * How the SDK's connector client introduces itself (the connector service counts bots by it),
 * for the direct sender (connector/connectorSender.ts) to send the same.
 */
export const CONNECTOR_USER_AGENT: string = USER_AGENT.trim();

/**
 * The properties an Activity has on the wire: those of the SDK's model, which its client's
 * serialiser keeps (it drops every other one). The direct sender sends exactly these.
 */
export const ACTIVITY_WIRE_PROPERTIES: ReadonlySet<string> = new Set(
  Object.keys((ActivityMapper.type as { modelProperties: Record<string, unknown> }).modelProperties),
);

/**
 * The SDK's check of a JWT against the keys of an OpenID metadata document (signature, issuer,
 * audience, lifetime), with its key cache (and the guard on its fetch above). The side panel
 * verifies a Teams single sign-on token with it (panel/entraToken.ts) rather than a check of its own.
 */
export { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
