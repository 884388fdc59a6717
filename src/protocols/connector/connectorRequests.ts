// The four per-turn connector calls as Bot Framework's Connector API 3.0 names them, and the
// headers the SDK's client sends with each (the direct sender copies its wire format:
// hosting/connector/connectorSender.ts): the method and path (ids URL-encoded), a reply's
// x-ms-conversation-id, a body's content type and length. Also when the direct sender must give way
// to the SDK's client: when the process is told to use a proxy, which only the SDK's pipeline honours.

export type ConnectorOperation =
  | { op: 'reply'; conversationId: string; activityId: string }
  | { op: 'send'; conversationId: string }
  | { op: 'update'; conversationId: string; activityId: string }
  | { op: 'delete'; conversationId: string; activityId: string };

export interface ConnectorRequest {
  method: 'POST' | 'PUT' | 'DELETE';
  /** After the service URL's own path. */
  path: string;
  /** The x-ms-conversation-id header: a reply's only. */
  conversationHeader?: string;
}

export function connectorRequest(operation: ConnectorOperation): ConnectorRequest {
  const activities = `v3/conversations/${encodeURIComponent(operation.conversationId)}/activities`;
  switch (operation.op) {
    case 'send':
      return { method: 'POST', path: activities };
    case 'reply':
      return { method: 'POST', path: `${activities}/${encodeURIComponent(operation.activityId)}`, conversationHeader: operation.conversationId };
    case 'update':
      return { method: 'PUT', path: `${activities}/${encodeURIComponent(operation.activityId)}` };
    case 'delete':
      return { method: 'DELETE', path: `${activities}/${encodeURIComponent(operation.activityId)}` };
  }
}

/**
 * The headers besides the signature, as the SDK's client sends them, written into `into` (the
 * signed headers, on every connector call) and returned. Set one by one rather than spread in: a
 * conditional spread builds and copies an object of its own for each optional header.
 */
export function connectorHeaders(
  userAgent: string,
  conversationHeader: string | undefined,
  bodyBytes: number | undefined,
  into: Record<string, string> = {},
): Record<string, string> {
  into.accept = '*/*';
  into['user-agent'] = userAgent;
  if (conversationHeader !== undefined) into['x-ms-conversation-id'] = conversationHeader;
  if (bodyBytes !== undefined) {
    into['content-type'] = 'application/json; charset=utf-8';
    into['content-length'] = String(bodyBytes);
  }
  return into;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/** True when the process is told to reach the internet through a proxy: then the SDK's client makes every call. */
export function proxyConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}

/** The activity as the SDK's client sends it: the Activity's own properties only, as its mapper does. */
export function wireActivity(activity: object, wireProperties: ReadonlySet<string>): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const key of Object.keys(activity)) {
    if (wireProperties.has(key)) wire[key] = (activity as Record<string, unknown>)[key];
  }
  return wire;
}
