// The rest of a refused request body, read and thrown away so the client, still sending, reads
// the answer; or left, and the connection closed. The one drain of every route that refuses a body
// before or while reading it; how much is read is decided in protocols/http/routeLimits.ts.
import type { IncomingMessage, ServerResponse } from 'http';
import { REFUSED_BODY_DRAIN_BYTES, restOfRefusedBody } from '../../protocols/http/routeLimits';

export { REFUSED_BODY_DRAIN_BYTES } from '../../protocols/http/routeLimits';

/**
 * After a refusal, reads and discards what is left of the body, so the connection stays open.
 * Returns false, and reads nothing, when the body declares more than `budget` bytes: the answer
 * must then close the connection. A body without a declared length (chunked) is read until
 * `budget` bytes were discarded, then its connection is destroyed. Node's request timeout still
 * bounds a body sent slowly.
 */
function discardRestOfBody(req: IncomingMessage, budget = REFUSED_BODY_DRAIN_BYTES): boolean {
  const rest = restOfRefusedBody(req.complete, req.headers['content-length'], budget);
  if (rest !== 'drain') return rest === 'none';
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > budget) req.socket.destroy();
  });
  req.on('error', () => undefined); // a client that goes away mid-body is no error of ours
  req.resume();
  return true;
}

/**
 * The headers a refusal answers with, after the drain above: unchanged when the rest of the body
 * was thrown away (the connection serves again), or with `Connection: close` when it was left
 * unread, and then the socket is destroyed as soon as the answer is out, so a client still sending
 * holds nothing open. The one way every route ends a refusal whose body it did not read through.
 */
export function refusalHeaders<H extends Record<string, string | number>>(
  req: IncomingMessage,
  res: ServerResponse,
  headers: H,
  budget = REFUSED_BODY_DRAIN_BYTES,
): H | (H & { Connection: 'close' }) {
  if (discardRestOfBody(req, budget)) return headers;
  res.once('finish', () => req.socket.destroy());
  return { ...headers, Connection: 'close' };
}
