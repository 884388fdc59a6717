// JSON text kept beside the value it was written from, so a value sent again and again (a cached
// card: the same question in the same language for every user) is serialised once, not on every
// turn. A kept text is a list of segments: long-lived pieces, written once per cached card and
// shared by every copy of it, and short strings between them (a turn's step token, its Teams
// refresh). The host writes the pieces as bytes it encoded once (connector/jsonBytes.ts);
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
 * written by JSON.stringify.
 */
export function jsonSegments(value: unknown): readonly JsonSegment[] {
  const whole = keptJson(value);
  if (whole !== undefined) return whole;
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
