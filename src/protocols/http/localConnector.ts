// The local Direct Line's connector (local mode: Web Chat against this process, no Azure): the
// path its conversations' service URLs carry. Such a conversation lives in the process that serves
// it; a service URL with this path names a conversation of some process's local Direct Line.

export const LOCAL_CONNECTOR_PATH = '/local-connector';

/** Whether a conversation's service URL is a local Direct Line's connector (this process's or another's). */
export function isLocalConnector(serviceUrl: unknown): boolean {
  return typeof serviceUrl === 'string' && serviceUrl.includes(`${LOCAL_CONNECTOR_PATH}/`);
}

/**
 * A proactive turn in a local conversation this process does not hold (expired, or never here):
 * the 404 a connector answers for a conversation it does not know, so the follow-up is not tried
 * again; none for one it holds.
 */
export function endedConversation(held: boolean): { statusCode: 404; message: string } | undefined {
  return held ? undefined : { statusCode: 404, message: 'The conversation has ended' };
}
