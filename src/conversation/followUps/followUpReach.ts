// Which conversations a follow-up may reach from this process, and through what. A conversation on
// a channel (Teams, Azure's Direct Line) is reached by any instance through the connector; one of a
// local Direct Line lives in the process that serves it, so only that process tells it, through
// its own bridge to the bot. The shell knows its local connector's URL and whether it has a bridge.
import { isLocalConnector } from '../../protocols/http/localConnector';

/** Whether this process may tell the conversation at this service URL (its own local connector's URL, if it serves one). */
export function reachableHere(serviceUrl: unknown, localServiceUrl: string | undefined): boolean {
  return !isLocalConnector(serviceUrl) || (localServiceUrl !== undefined && serviceUrl === localServiceUrl);
}

/** How a follow-up's turn reaches the conversation: the local Direct Line's bridge for a local one (where there is a bridge), else the adapter's connector. */
export function reachBy(serviceUrl: unknown, localBridge: boolean): 'localBridge' | 'adapter' {
  return localBridge && isLocalConnector(serviceUrl) ? 'localBridge' : 'adapter';
}
