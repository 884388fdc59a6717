// The rest of a refused request body, read and thrown away so the client, still sending, reads
// the answer; or left, and the connection closed. The one drain of every route that refuses a body
// before or while reading it; how much is read is decided in protocols/http/routeLimits.ts.
import type { IncomingMessage } from 'http';
import type { Socket } from 'net';
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
 * unread, and then the connection is closed in stages (see lingerBeforeClosing). The one way every
 * route ends a refusal whose body it did not read through.
 */
export function refusalHeaders<H extends Record<string, string | number>>(
  req: IncomingMessage,
  headers: H,
  budget = REFUSED_BODY_DRAIN_BYTES,
): H | (H & { Connection: 'close' }) {
  if (discardRestOfBody(req, budget)) return headers;
  lingerBeforeClosing(req.socket);
  return { ...headers, Connection: 'close' };
}

/** How long a connection closed after a refusal still reads, and drops, what its client sends. */
export const LINGER_MS = 5_000;

/**
 * Node closes a connection answered with `Connection: close` by `destroySoon()`: destroyed as soon
 * as the answer is flushed. A socket destroyed with the client's bytes still arriving resets the
 * connection, and a client still sending then reports the reset, not the answer it was sent. So the
 * close is staged as HTTP/1.1 asks (RFC 9112, 9.6): the write side ends after the answer, what
 * still arrives is read and dropped (Node dumps the unread body), and the socket is destroyed when
 * the client closes its side or after LINGER_MS, whichever comes first. `end()` is also what Node
 * does for a socket that has no destroySoon.
 */
function lingerBeforeClosing(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
