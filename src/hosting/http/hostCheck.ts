// The Host check's answer (the rules: protocols/http/hosts.ts): a request addressed to a host this
// bot does not serve gets 421 before any route runs, its body never read.
import type { IncomingMessage, ServerResponse } from 'http';
import type { AppConfig } from '../../config';
import { misdirection } from '../../protocols/http/hosts';
import { Logger } from '../logging/logger';
import { refusalHeaders } from '../requestBody/drain';
import { RefusalLog } from '../logging/refusalLog';

const MISDIRECTED = 'Misdirected request: this bot answers only requests addressed to localhost or to a host listed in ALLOWED_HOSTS.\n';

/**
 * A check to run before any route: answers a request addressed to another host with 421 and
 * returns true (the request is done), or returns false. Undefined when no check applies.
 */
export function misdirectedRequests(
  config: Pick<AppConfig, 'appId' | 'host' | 'allowedHosts' | 'maxBodyBytes'>,
  logger: Logger,
): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  const misdirected = misdirection(config);
  if (!misdirected) return undefined;
  const refusals = new RefusalLog(logger, 'request refused: addressed to a host this bot does not serve');
  return (req, res) => {
    const header = req.headers.host;
    if (!misdirected(header, req.url)) return false;
    refusals.warn({ status: 421, method: req.method, host: typeof header === 'string' ? header.replace(/[^\x21-\x7e]/g, '?').slice(0, 100) : null });
    const headers: Record<string, string | number> = {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(MISDIRECTED),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    // A body is never read: a small one is thrown away so the connection can serve again, a large one closes it.
    res.writeHead(421, refusalHeaders(req, headers, config.maxBodyBytes));
    res.end(MISDIRECTED);
    return true;
  };
}
