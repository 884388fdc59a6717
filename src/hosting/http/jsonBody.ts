// Request bodies: JSON only, counted as they stream in, held in memory only, and parsed within
// bounds on nesting and number of values. Our own reader, because the web framework's body parser
// inflates compressed bodies before their size is checked, hands multipart uploads to a parser
// that writes temp files, and parses any nesting. The same limits hold on every route that takes
// a body and are the app's only JSON limits (the activity checks,
// protocols/http/activityShape.ts, look at fields only); what the headers alone decide is
// protocols/http/bodyHeaders.ts. This module does not depend on the web framework.
import type { IncomingMessage } from 'http';
import { FieldLimit, INVALID, JsonRefused, parseJsonWithin } from '../../protocols/http/boundedJson';
import { BodyRefused, hasBody, headerProblem, tooLarge } from '../../protocols/http/bodyHeaders';

export type { FieldLimit } from '../../protocols/http/boundedJson';
export { BodyRefused } from '../../protocols/http/bodyHeaders';

/**
 * How much of a refused body is still read, and thrown away, after the answer. A server that
 * answers early and closes at once resets the connection under a client that is still sending:
 * the client then reports a broken pipe instead of the 415 or 413 it was sent (HTTP/1.1 asks
 * for a "lingering" close for this reason). Reading the rest costs no memory, only the bytes on
 * the wire, so a few megabytes (a mistaken file upload) are read and the connection is kept;
 * anything declared or found to be larger is cut.
 */
export const REFUSED_BODY_DRAIN_BYTES = 4 * 1024 * 1024;

export interface BodyLimits {
  maxBytes: number;
  /** MAX_JSON_DEPTH unless given (tests). */
  maxDepth?: number;
  /** MAX_JSON_VALUES unless given (tests). */
  maxValues?: number;
  /** Fewer values for some members of the top-level object, together (protocols/http/boundedJson.ts). */
  fields?: FieldLimit;
}

export interface JsonBody {
  /** The parsed value; undefined for an empty body. */
  value: unknown;
  /** The body's text (a retried turn rebuilds its activity from it). */
  text: string;
}

/**
 * After a refusal, reads and discards what is left of the body, so the connection stays open and
 * the client, still sending, reads the answer. Returns false, and reads nothing, when the body
 * declares more than `budget` bytes: the answer must then close the connection. A body without
 * a declared length (chunked) is read until `budget` bytes were discarded, then its connection is
 * destroyed. Node's request timeout still bounds a body sent slowly.
 */
export function discardRestOfBody(req: IncomingMessage, budget = REFUSED_BODY_DRAIN_BYTES): boolean {
  if (req.complete) return true;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > budget) return false;
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
 * Reads the request's body into memory, at most `limits.maxBytes` of it (counted on the bytes as
 * they arrive), and parses it as JSON within the depth and value limits (parseJsonWithin).
 * Rejects with BodyRefused (the request stops being read as soon as the limit is passed). An
 * empty body gives `value: undefined`. On a route that needs a Bot Framework token, the token is
 * checked before this is called (server.ts).
 */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<JsonBody> {
  if (!hasBody(req.headers)) return Promise.resolve({ value: undefined, text: '' });
  const early = headerProblem(req.headers, limits.maxBytes);
  if (early) return Promise.reject(early);
  return new Promise<JsonBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (error: Error | undefined, body?: JsonBody): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      else resolve(body!);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limits.maxBytes) {
        // Stop keeping it: the refusal's answer discards the rest (discardRestOfBody) or closes.
        req.pause();
        chunks.length = 0;
        finish(tooLarge(limits.maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      // Most bodies come in one chunk: decoded where they are, not copied first.
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') return finish(undefined, { value: undefined, text: '' });
      let value: unknown;
      try {
        value = parseJsonWithin(text, limits.maxDepth, limits.maxValues, limits.fields);
      } catch (error) {
        return finish(new BodyRefused(400, 'BadRequest', error instanceof JsonRefused ? error.message : INVALID));
      }
      finish(undefined, { value, text });
    };
    const onError = (error: Error): void => finish(error);
    // Closed before its end: the client went away, or Node cut it at its request timeout.
    const onClose = (): void => finish(new Error('The request closed before its body ended.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
