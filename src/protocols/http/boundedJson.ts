// A JSON parser with limits: JSON.parse's result, built in one pass that counts as it goes, so a
// text past a limit is stopped at the first value beyond it instead of being built whole and
// refused afterwards (32 KB of `[{},{},…]` is 630 KB of heap). The host reads request bodies with
// it (hosting/http/jsonBody.ts); it is generic and pure, so it lives with the pure code.

/** Deepest nesting of objects and arrays a body may have. */
export const MAX_JSON_DEPTH = 32;
/** Most values (objects, arrays, strings, numbers, literals) a body may hold. */
export const MAX_JSON_VALUES = 20_000;

/**
 * A tighter limit for some members of the top-level object: the values under `names` (the member
 * itself and everything in it) may number `max` in all. A route that knows its activities (the
 * local Direct Line's `value`, `channelData`, `entities`) sets it; the message says which.
 */
export interface FieldLimit {
  names: ReadonlySet<string>;
  max: number;
}

/** Why a JSON text was refused: the message to answer with (the refusal is a 400 either way). */
export class JsonRefused extends Error {}

export const INVALID = 'The body is not valid JSON.';

/**
 * A body's text as it is parsed: without a byte-order mark (some clients write one before UTF-8
 * JSON), and '' when only white space is left, which is no body at all.
 */
export function jsonTextOf(decoded: string): string {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return text.trim() === '' ? '' : text;
}

const OPENING_BRACKETS = ['{', '['] as const;

/**
 * A text that cannot break the limits whatever it holds, so JSON.parse itself may build it (a
 * channel's activity, about a kilobyte: several times faster than the counting parse): no more
 * characters than values allowed (every value takes at least one), and no more brackets of any
 * kind, in strings or not, than levels of nesting allowed.
 */
function cannotBreakLimits(text: string, maxDepth: number, maxValues: number): boolean {
  if (text.length > maxValues) return false;
  // The brackets are found by indexOf (native search), not a loop over every character: a
  // channel's activity has a dozen of them in a kilobyte, and this is about ten times faster.
  let brackets = 0;
  for (const bracket of OPENING_BRACKETS) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if ((brackets += 1) > maxDepth) return false;
    }
  }
  return true;
}

/**
 * Parses a JSON text as JSON.parse does, while counting: a value nested deeper than `maxDepth`
 * objects and arrays, or the `maxValues + 1`th value (objects, arrays, strings, numbers and
 * literals; an object's keys are not values), stops the parse at once. One pass, no second walk
 * over the result. Throws JsonRefused with the reason (limits or malformed text).
 *
 * What it builds is what JSON.parse builds: plain objects and arrays, the same numbers (the
 * same conversion, Number over the literal's text), the same strings (escapes, lone surrogates
 * kept), a later duplicate key replacing an earlier one in its place, and `__proto__` as an own
 * property, never the object's prototype. Whitespace is the four JSON allows. With `fields`, the
 * values under those members of the top-level object count against its `max` too, and the
 * `max + 1`th of them stops the parse the same way.
 */
export function parseJsonWithin(text: string, maxDepth: number = MAX_JSON_DEPTH, maxValues: number = MAX_JSON_VALUES, fields?: FieldLimit): unknown {
  if (!fields && cannotBreakLimits(text, maxDepth, maxValues)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new JsonRefused(INVALID);
    }
  }
  const n = text.length;
  let i = 0;
  let values = 0;
  // Inside one of `fields` (a member of the top-level object): its values are counted here too.
  let inField = false;
  let fieldValues = 0;
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
    if (inField && ++fieldValues > fields!.max)
      throw new JsonRefused(`The activity's ${[...fields!.names].join(', ')} may hold at most ${fields!.max} values in all.`);
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
        const counted = depth === 0 && fields !== undefined && fields.names.has(key);
        if (counted) inField = true;
        const member = value(depth + 1);
        if (counted) inField = false;
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
