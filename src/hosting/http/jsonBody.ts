// Request bodies: JSON only, counted as they stream in, held in memory only, and parsed within
// bounds on nesting and number of values. Our own reader, because the web framework's body parser
// inflates compressed bodies before their size is checked, hands multipart uploads to a parser
// that writes temp files, and parses any nesting. The same limits hold on every route that takes
// a body and are the app's only JSON limits (the activity checks,
// protocols/http/activityShape.ts, look at fields only); what the headers alone decide is
// protocols/http/bodyHeaders.ts. This module does not depend on the web framework.
import type { IncomingMessage } from 'http';
import { FieldLimit, INVALID, JsonRefused, jsonTextOf, parseJsonWithin } from '../../protocols/http/boundedJson';
import { BodyRefused, hasBody, headerProblem, tooLarge } from '../../protocols/http/bodyHeaders';

export type { FieldLimit } from '../../protocols/http/boundedJson';
export { BodyRefused } from '../../protocols/http/bodyHeaders';

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
        // Stop keeping it: the refusal's answer discards the rest (requestBody/drain.ts) or closes.
        req.pause();
        chunks.length = 0;
        finish(tooLarge(limits.maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      // Most bodies come in one chunk: decoded where they are, not copied first.
      const text = jsonTextOf((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8'));
      if (text === '') return finish(undefined, { value: undefined, text: '' });
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
