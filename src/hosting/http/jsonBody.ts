// Request bodies: JSON only, counted as they stream in, held in memory only, and parsed within
// bounds on nesting and number of values. Our own reader, because the web framework's body parser
// inflates compressed bodies before their size is checked, hands multipart uploads to a parser
// that writes temp files, and parses any nesting. The same limits hold on every route that takes
// a body and are the app's only JSON limits (the activity checks, inputLimits.ts, look at fields
// only); this module does not depend on the web framework.
import type { IncomingMessage } from 'http';

/** Deepest nesting of objects and arrays a body may have. */
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
  /** MAX_JSON_DEPTH unless given (tests). */
  maxDepth?: number;
  /** MAX_JSON_VALUES unless given (tests). */
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

/**
 * The checks that need only the headers, so nothing of a refused body is ever read: 415 for
 * another content type, any Content-Encoding but identity or a charset other than UTF-8; 413 for
 * a declared length over the limit.
 */
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

/** Why a JSON text was refused: the message to answer with (the refusal is a 400 either way). */
class JsonRefused extends Error {}

const INVALID = 'The body is not valid JSON.';

/**
 * Parses a JSON text as JSON.parse does, while counting: a value nested deeper than `maxDepth`
 * objects and arrays, or the `maxValues + 1`th value (objects, arrays, strings, numbers and
 * literals; an object's keys are not values), stops the parse at once. One pass, no second walk
 * over the result. Throws JsonRefused with the reason (limits or malformed text).
 *
 * What it builds is what JSON.parse builds: plain objects and arrays, the same numbers (the
 * same conversion, Number over the literal's text), the same strings (escapes, lone surrogates
 * kept), a later duplicate key replacing an earlier one in its place, and `__proto__` as an own
 * property, never the object's prototype. Whitespace is the four JSON allows.
 */
export function parseJsonWithin(text: string, maxDepth: number = MAX_JSON_DEPTH, maxValues: number = MAX_JSON_VALUES): unknown {
  const n = text.length;
  let i = 0;
  let values = 0;
  const invalid = (): never => {
    throw new JsonRefused(INVALID);
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      i += 1;
    }
  };
  const hex = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);
  /** From the opening quote to after the closing one. */
  const string = (): string => {
    const start = (i += 1);
    // Most strings have no escape: one slice.
    for (;;) {
      if (i >= n) invalid();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return text.slice(start, i - 1);
      }
      if (c === 0x5c) break;
      if (c < 0x20) invalid();
      i += 1;
    }
    let out = text.slice(start, i);
    for (;;) {
      if (i >= n) invalid();
      let c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return out;
      }
      if (c !== 0x5c) {
        const run = i;
        while (i < n && (c = text.charCodeAt(i)) !== 0x22 && c !== 0x5c && c >= 0x20) i += 1;
        if (i === run) invalid(); // a control character
        out += text.slice(run, i);
        continue;
      }
      const escaped = text.charCodeAt(i + 1);
      i += 2;
      if (escaped === 0x22) out += '"';
      else if (escaped === 0x5c) out += '\\';
      else if (escaped === 0x2f) out += '/';
      else if (escaped === 0x62) out += '\b';
      else if (escaped === 0x66) out += '\f';
      else if (escaped === 0x6e) out += '\n';
      else if (escaped === 0x72) out += '\r';
      else if (escaped === 0x74) out += '\t';
      else if (escaped === 0x75) {
        const code = (hex(text.charCodeAt(i)) << 12) | (hex(text.charCodeAt(i + 1)) << 8) | (hex(text.charCodeAt(i + 2)) << 4) | hex(text.charCodeAt(i + 3));
        // A digit that is no hex digit made one of the terms -1: every bit set, so negative.
        if (code < 0) invalid();
        out += String.fromCharCode(code);
        i += 4;
      } else invalid();
    }
  };
  const digits = (): number => {
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      i += 1;
    }
    return i - start;
  };
  const number = (): number => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i += 1;
    const first = text.charCodeAt(i);
    if (first === 0x30) i += 1;
    else if (first >= 0x31 && first <= 0x39) digits();
    else invalid();
    if (text.charCodeAt(i) === 0x2e) {
      i += 1;
      if (digits() === 0) invalid();
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i += 1;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i += 1;
      if (digits() === 0) invalid();
    }
    return Number(text.slice(start, i));
  };
  const literal = <T>(word: string, result: T): T => {
    if (!text.startsWith(word, i)) invalid();
    i += word.length;
    return result;
  };
  /** The value at i (no space before it), `depth` containers deep. */
  const value = (depth: number): unknown => {
    values += 1;
    if (values > maxValues) throw new JsonRefused(`The body has more than ${maxValues} values.`);
    const c = text.charCodeAt(i);
    if (c === 0x22) return string();
    if (c === 0x7b || c === 0x5b) {
      if (depth >= maxDepth) throw new JsonRefused(`The body is nested deeper than ${maxDepth} levels.`);
      i += 1;
      skipSpace();
      if (c === 0x5b) {
        const array: unknown[] = [];
        if (text.charCodeAt(i) === 0x5d) {
          i += 1;
          return array;
        }
        for (;;) {
          array.push(value(depth + 1));
          skipSpace();
          const next = text.charCodeAt(i);
          i += 1;
          if (next === 0x5d) return array;
          if (next !== 0x2c) invalid();
          skipSpace();
        }
      }
      const object: Record<string, unknown> = {};
      if (text.charCodeAt(i) === 0x7d) {
        i += 1;
        return object;
      }
      for (;;) {
        if (text.charCodeAt(i) !== 0x22) invalid();
        const key = string();
        skipSpace();
        if (text.charCodeAt(i) !== 0x3a) invalid();
        i += 1;
        skipSpace();
        const member = value(depth + 1);
        // An assignment to __proto__ would set the prototype; JSON.parse makes it a property.
        if (key === '__proto__') Object.defineProperty(object, key, { value: member, writable: true, enumerable: true, configurable: true });
        else object[key] = member;
        skipSpace();
        const next = text.charCodeAt(i);
        i += 1;
        if (next === 0x7d) return object;
        if (next !== 0x2c) invalid();
        skipSpace();
      }
    }
    if (c === 0x74) return literal('true', true);
    if (c === 0x66) return literal('false', false);
    if (c === 0x6e) return literal('null', null);
    return number();
  };
  skipSpace();
  const result = value(0);
  skipSpace();
  if (i !== n) invalid();
  return result;
}

/**
 * Reads the request's body into memory, at most `limits.maxBytes` of it (counted on the bytes as
 * they arrive), and parses it as JSON within the depth and value limits (parseJsonWithin).
 * Rejects with BodyRefused (the request stops being read as soon as the limit is passed). An
 * empty body gives `value: undefined`. On a route that needs a Bot Framework token, the token is
 * checked before this is called (server.ts).
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
      let value: unknown;
      try {
        value = parseJsonWithin(text, limits.maxDepth, limits.maxValues);
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
