// JSON text kept beside the value it was written from, so a value sent again and again (a cached
// card: the same question in the same language for every user) is serialised once, not on every
// turn. A kept text is a list of segments: long-lived pieces, written once per cached card and
// shared by every copy of it, and short strings between them (a turn's step token, its Teams
// refresh). The wire's writer encodes the pieces as bytes once (protocols/connector/jsonBytes.ts);
// `toJson` writes anything as JSON.stringify does, with each value's kept text in its place.
// The text sits on the value under a symbol, not enumerable: JSON, Object.keys and a spread copy
// never see it, so a copy made to change something never carries a stale text. A value with kept
// text must not change: the reply cache's cards are frozen, and a turn's copy of one is made,
// kept and sent without change (replyCardCache.ts, channelFeatures.ts).

/** A long-lived part of kept texts; the host keeps its encoded bytes on it. */
export interface JsonPiece {
  readonly text: string;
  /** The host's encoding of `text`, made at its first use (opaque here). */
  bytes?: unknown;
  /** This piece without its last character (a card's closing brace), made at its first use. */
  open?: JsonPiece;
}

export type JsonSegment = JsonPiece | string;

const KEPT = Symbol('keptJson');

export function jsonPiece(text: string): JsonPiece {
  return { text };
}

/** `piece` without its last character, one object per piece. */
function openPiece(piece: JsonPiece): JsonPiece {
  return (piece.open ??= jsonPiece(piece.text.slice(0, -1)));
}

/**
 * Keeps `segments` as `value`'s JSON (the caller vouches that, joined, they are
 * JSON.stringify(value)). Returns `value`. A value already frozen (or kept) cannot take it and is
 * written afresh each time.
 */
export function keepJson<T extends object>(value: T, segments: readonly JsonSegment[]): T {
  if (Object.isExtensible(value) && !Object.prototype.hasOwnProperty.call(value, KEPT)) Object.defineProperty(value, KEPT, { value: segments });
  return value;
}

/**
 * `copy`, made as `{ ...value, [name]: member }`, keeps `value`'s JSON with the member written last,
 * where the spread puts it (not when `value` has the member already: the spread keeps its place).
 * Returns `copy`, without kept JSON when `value` has none.
 */
export function keepJsonWithMember<T extends object>(copy: T, value: object, name: string, member: object): T {
  const segments = keptJson(value);
  const last = segments?.[segments.length - 1];
  if (last === undefined || name in value) return copy;
  const lastText = typeof last === 'string' ? last : last.text;
  // An empty object's text has no member to follow.
  if (segments!.length === 1 && lastText === '{}') return copy;
  const open = typeof last === 'string' ? last.slice(0, -1) : openPiece(last);
  return keepJson(copy, [...segments!.slice(0, -1), open, `,${JSON.stringify(name)}:${JSON.stringify(member)}}`]);
}

/** The JSON segments kept for this very object, if any. */
export function keptJson(value: unknown): readonly JsonSegment[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const segments = (value as { [KEPT]?: unknown })[KEPT];
  return Array.isArray(segments) ? (segments as readonly JsonSegment[]) : undefined;
}

/**
 * Stands for a kept text while JSON.stringify writes what holds it: a string no value carries (a
 * nonce of this process, made at the first use: the side panel's bundle never writes any),
 * followed by the text's number.
 */
let mark: string | undefined;

/**
 * JSON.stringify(value) as segments: each value that has kept text is its segments, the rest is
 * written as JSON.stringify writes it. Plain objects and arrays (a turn's envelope around its
 * cards: an invoke's answer, an activity) are walked here, which is several times faster than
 * JSON.stringify with a replacer; anything else (a toJSON, another prototype, a depth past
 * WALKED_DEPTH) goes to JSON.stringify with a replacer that finds kept text.
 */
export function jsonSegments(value: unknown): readonly JsonSegment[] {
  const whole = keptJson(value);
  if (whole !== undefined) return whole;
  const writer = new SegmentWriter();
  if (!writer.value(value, 0, '')) return [JSON.stringify(value)];
  return writer.done();
}

/** How deep the walk goes before handing a value to JSON.stringify (which also finds cycles). */
const WALKED_DEPTH = 64;

/** A key's text with its colon, for the keys an envelope repeats on every turn. */
const keyTexts = new Map<string, string>();
const KEY_TEXTS_KEPT = 512;

function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (keyTexts.size < KEY_TEXTS_KEPT) keyTexts.set(key, text);
  }
  return text;
}

class SegmentWriter {
  private readonly out: JsonSegment[] = [];
  private text = '';

  /**
   * Writes `v`, the member `key` of its holder, as JSON.stringify writes it; false when that is
   * nothing (undefined, a function, a symbol, or a toJSON's undefined).
   */
  value(v: unknown, depth: number, key: string): boolean {
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
        this.text += JSON.stringify(v);
        return true;
      case 'object':
        break;
      case 'bigint':
        return this.handedOver(v, key);
      default:
        return false;
    }
    if (v === null) {
      this.text += 'null';
      return true;
    }
    const kept = keptJson(v);
    if (kept !== undefined) {
      this.segments(kept);
      return true;
    }
    const walked = depth < WALKED_DEPTH && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
    if (walked && Array.isArray(v)) this.array(v, depth);
    else if (walked && isPlainObject(v)) this.object(v, depth);
    else return this.handedOver(v, key);
    return true;
  }

  done(): readonly JsonSegment[] {
    if (this.text !== '' || this.out.length === 0) this.out.push(this.text);
    return this.out;
  }

  private array(items: readonly unknown[], depth: number): void {
    this.text += '[';
    for (let i = 0; i < items.length; i += 1) {
      if (i > 0) this.text += ',';
      if (!this.value(items[i], depth + 1, String(i))) this.text += 'null';
    }
    this.text += ']';
  }

  private object(o: object, depth: number): void {
    this.text += '{';
    let first = true;
    for (const key of Object.keys(o)) {
      const member = (o as Record<string, unknown>)[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      const at = this.text.length;
      this.text += first ? keyText(key) : `,${keyText(key)}`;
      if (this.value(member, depth + 1, key)) first = false;
      // A toJSON that gave undefined (nothing was written): the member is left out, as JSON.stringify leaves it.
      else this.text = this.text.slice(0, at);
    }
    this.text += '}';
  }

  /**
   * What the walk does not write itself goes to JSON.stringify with the replacer, as the member of
   * a holder of its own, so a toJSON gets its key as JSON.stringify would give it.
   */
  private handedOver(v: unknown, key: string): boolean {
    const segments = replacedSegments({ [key]: v });
    const prefix = `{${JSON.stringify(key)}:`;
    const first = segments[0] as string;
    if (segments.length === 1 && first === '{}') return false;
    const last = segments.length - 1;
    for (let i = 0; i <= last; i += 1) {
      let segment = segments[i]!;
      if (i === 0) segment = (segment as string).slice(prefix.length);
      if (i === last) segment = (segment as string).slice(0, -1);
      this.put(segment);
    }
    return true;
  }

  private segments(segments: readonly JsonSegment[]): void {
    for (const segment of segments) this.put(segment);
  }

  /** A string joins the text being written; a kept piece ends it and stands on its own. */
  private put(segment: JsonSegment): void {
    if (typeof segment === 'string') {
      this.text += segment;
      return;
    }
    if (this.text !== '') this.out.push(this.text);
    this.text = '';
    this.out.push(segment);
  }
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * JSON.stringify(value) as segments, by JSON.stringify with a replacer that puts a mark where a
 * kept text goes.
 */
function replacedSegments(value: unknown): readonly JsonSegment[] {
  const found: (readonly JsonSegment[])[] = [];
  const MARK = (mark ??= `\u2063kept-${globalThis.crypto.randomUUID()}-`);
  const written = JSON.stringify(value, (_key, v: unknown) => {
    const segments = keptJson(v);
    if (segments === undefined) return v;
    found.push(segments);
    return `${MARK}${found.length - 1}`;
  });
  if (found.length === 0) return [written];
  const out: JsonSegment[] = [];
  let from = 0;
  for (let i = 0; i < found.length; i += 1) {
    const marker = `"${MARK}${i}"`;
    const at = written.indexOf(marker, from);
    out.push(written.slice(from, at), ...found[i]!);
    from = at + marker.length;
  }
  out.push(written.slice(from));
  return out;
}

/** JSON.stringify(value), with each value that has kept text written as that text. */
export function toJson(value: unknown): string {
  let text = '';
  for (const segment of jsonSegments(value)) text += typeof segment === 'string' ? segment : segment.text;
  return text;
}
