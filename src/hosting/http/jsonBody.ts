// Request bodies, read before anything else looks at a request: JSON only, counted while it
// streams in, held in memory only, and measured for nesting and size before it is parsed.
//
// Why our own reader instead of the web framework's body parser: that parser inflates gzip and
// deflate bodies (a 239 KB upload became 240 MB before MAX_BODY_BYTES was ever compared, which it
// compared with the compressed length), hands multipart uploads to a parser that writes files to
// the temp directory, and parses whatever nesting it is given. A bot only ever takes JSON, so
// anything else is refused with 415 before a byte of it is read: another content type, any
// Content-Encoding but identity, a charset other than UTF-8. The byte limit is counted on the
// bytes as they arrive, and a body that passes it is then scanned (no objects built) for nesting
// and number of values before JSON.parse runs. The same limits hold on every route that takes a
// body, and this module has no dependency on the web framework.
import type { IncomingMessage } from 'http';

/** Deepest nesting of objects and arrays a body may have (the activity checks use the same). */
export const MAX_JSON_DEPTH = 32;
/** Most values (objects, arrays, strings, numbers, literals) a body may hold. */
export const MAX_JSON_VALUES = 20_000;

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
  maxDepth?: number;
  maxValues?: number;
}

/** Why a body was refused: the status to answer and a message for the caller (never the body). */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BadRequest' | 'PayloadTooLarge' | 'UnsupportedMediaType',
    message: string,
  ) {
    super(message);
    this.name = 'BodyRefused';
  }
}

export interface JsonBody {
  /** The parsed value; undefined for an empty body. */
  value: unknown;
  /** The body's text (a retried turn rebuilds its activity from it). */
  text: string;
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** Whether the request carries a body at all (a declared length above 0, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) !== 0;
  return req.headers['transfer-encoding'] !== undefined;
}

/** The checks that need only the headers: 415 for what is not plain JSON, 413 for a declared length over the limit. */
export function headerProblem(req: IncomingMessage, maxBytes: number): BodyRefused | undefined {
  const encoding = headerText(req.headers['content-encoding']).trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    return new BodyRefused(415, 'UnsupportedMediaType', 'Compressed bodies are not accepted: send JSON without Content-Encoding.');
  }
  const [type = '', ...parameters] = headerText(req.headers['content-type']).split(';');
  const mediaType = type.trim().toLowerCase();
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    return new BodyRefused(415, 'UnsupportedMediaType', 'Send the body as application/json.');
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset' && !/^"?utf-8"?$/i.test(value.trim())) {
      return new BodyRefused(415, 'UnsupportedMediaType', 'JSON bodies must be UTF-8.');
    }
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function tooLarge(maxBytes: number): BodyRefused {
  return new BodyRefused(413, 'PayloadTooLarge', `The body is larger than ${maxBytes} bytes.`);
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
 * Nesting and number of values of a JSON text, counted without parsing it: every `{` or `[`
 * opens a level, and each value is announced by the start of a container, a comma or the first
 * token of a container or the document. Characters inside strings are skipped. Malformed text is
 * left for JSON.parse to refuse.
 */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH, maxValues = MAX_JSON_VALUES): string | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  let expectingValue = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (expectingValue && c !== 0x5d && c !== 0x7d) {
      values += 1;
      if (values > maxValues) return `The body has more than ${maxValues} values.`;
    }
    expectingValue = false;
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return `The body is nested deeper than ${maxDepth} levels.`;
      expectingValue = true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
    else if (c === 0x2c) expectingValue = true;
    else if (c === 0x3a) expectingValue = false;
  }
  return undefined;
}

/**
 * Reads the request's body into memory, at most `limits.maxBytes` of it, and parses it as JSON
 * within the depth and value limits. Rejects with BodyRefused (the request stops being read as
 * soon as the limit is passed). An empty body gives `value: undefined`.
 */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<JsonBody> {
  if (!hasBody(req)) return Promise.resolve({ value: undefined, text: '' });
  const early = headerProblem(req, limits.maxBytes);
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
      let text = Buffer.concat(chunks, received).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') return finish(undefined, { value: undefined, text: '' });
      const shape = jsonShapeProblem(text, limits.maxDepth, limits.maxValues);
      if (shape) return finish(new BodyRefused(400, 'BadRequest', shape));
      try {
        finish(undefined, { value: JSON.parse(text) as unknown, text });
      } catch {
        finish(new BodyRefused(400, 'BadRequest', 'The body is not valid JSON.'));
      }
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
