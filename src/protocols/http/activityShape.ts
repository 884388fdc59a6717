// Structural checks on an incoming activity, made at the HTTP entry before the turn
// (hosting/http/advisorAdapter.ts), so that a body the Bot Framework cannot route gets a clear 400
// instead of an internal error deep in the SDK: what the Bot Framework schema promises and the SDK
// relies on (a channel id, a sender id, arrays where arrays belong). A violation is a 400. The
// body's size, nesting and number of values are bounded earlier, while it is parsed
// (boundedJson.ts), so nothing here walks the whole activity.
import { isRecord } from '../../domain/records';
import { BoundedCache } from '../../domain/boundedCache';
import { isLoopbackHost } from './hosts';

const MAX_ID = 1024;

/** A lone UTF-16 surrogate: such a string cannot be URI-encoded (connector paths, blob names). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// eslint-disable-next-line no-control-regex -- finding control characters in ids is this pattern's whole job
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A control character or either half of a surrogate pair: an id without any (nearly every id) is
 * cleared by this one scan; only an id with one is given the two exact checks.
 */
// eslint-disable-next-line no-control-regex -- as CONTROL
const SUSPECT = /[\u0000-\u001f\u007f\ud800-\udfff]/;

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

function id(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID) return false;
  return !SUSPECT.test(value) || (!LONE_SURROGATE.test(value) && !CONTROL.test(value));
}

/**
 * The connector sends the conversation id in an HTTP header: printable ASCII only, as every
 * channel uses (which has no control character and no surrogate either).
 */
function conversationId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID && PRINTABLE_ASCII.test(value);
}

/** A service URL's scheme and host, as the URL parser reads them; undefined for what is not a URL. */
export interface ServiceUrlParts {
  protocol: string;
  hostname: string;
  /** Whether the host is this machine (isLoopbackHost, for local mode), read with the rest. */
  loopback: boolean;
}

/**
 * Service URLs already read: a bot meets a handful (Teams has one per region), and the same string
 * arrives with every activity, so each is parsed once rather than on every turn (twice in local
 * mode, which also checks its host). Bounded: a sender naming new URLs only evicts older ones,
 * and a URL longer than any service's is read each time, never kept.
 */
const serviceUrls = new BoundedCache<string, ServiceUrlParts | null>({ maxEntries: 64 });
const MAX_KEPT_URL = 512;

function parsedServiceUrl(serviceUrl: string): ServiceUrlParts | null {
  try {
    const url = new URL(serviceUrl);
    return { protocol: url.protocol, hostname: url.hostname, loopback: isLoopbackHost(url.hostname) };
  } catch {
    return null;
  }
}

export function serviceUrlParts(serviceUrl: string): ServiceUrlParts | undefined {
  if (serviceUrl.length > MAX_KEPT_URL) return parsedServiceUrl(serviceUrl) ?? undefined;
  let parts = serviceUrls.get(serviceUrl);
  if (parts === undefined) {
    parts = parsedServiceUrl(serviceUrl);
    serviceUrls.set(serviceUrl, parts);
  }
  return parts ?? undefined;
}

function optionalId(value: unknown): boolean {
  return value === undefined || value === null || value === '' || id(value);
}

function arrayOfObjects(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.every(isRecord));
}

/** Undefined when the activity is within limits, otherwise why not (for the 400 response). */
export function activityLimitsProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'The body must be a JSON activity object.';
  if (typeof body.type !== 'string' || body.type.length === 0 || body.type.length > MAX_ID) return 'The activity has no type.';
  if (typeof body.channelId !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(body.channelId)) return 'The activity has no valid channelId.';
  if (!isRecord(body.conversation) || !conversationId(body.conversation.id)) return 'The activity has no valid conversation id.';
  const conversationType = body.conversation.conversationType;
  if (conversationType !== undefined && conversationType !== null && (typeof conversationType !== 'string' || conversationType.length > 64)) {
    return 'The conversation type must be a short string.';
  }
  if (!isRecord(body.from) || !id(body.from.id)) return 'The activity has no valid sender id (from.id).';
  if (!optionalId(body.id) || !optionalId(body.replyToId)) return 'The activity id and replyToId must be strings.';
  if (body.recipient !== undefined && body.recipient !== null && (!isRecord(body.recipient) || !optionalId(body.recipient.id))) {
    return 'The activity recipient must have a string id.';
  }
  if (!arrayOfObjects(body.entities) || !arrayOfObjects(body.attachments) || !arrayOfObjects(body.membersAdded) || !arrayOfObjects(body.membersRemoved)) {
    return 'The activity entities, attachments and members must be arrays of objects.';
  }
  for (const name of ['membersAdded', 'membersRemoved'] as const) {
    const members = body[name] as Record<string, unknown>[] | undefined | null;
    if (members && !members.every((m) => optionalId(m.id))) return `Every member in ${name} needs a string id.`;
  }
  if (body.channelData !== undefined && body.channelData !== null && !isRecord(body.channelData)) return 'The activity channelData must be an object.';
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') return 'The activity text must be a string.';
  if (body.locale !== undefined && body.locale !== null && typeof body.locale !== 'string') return 'The activity locale must be a string.';
  if (body.deliveryMode !== undefined && body.deliveryMode !== null && typeof body.deliveryMode !== 'string')
    return 'The activity deliveryMode must be a string.';
  if (body.serviceUrl !== undefined && body.serviceUrl !== null && typeof body.serviceUrl !== 'string') return 'The activity serviceUrl must be a string.';
  if (body.deliveryMode !== 'expectReplies') {
    const url = serviceUrlParts(String(body.serviceUrl));
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return 'The activity serviceUrl must be an http(s) URL.';
  }
  return undefined;
}
