// A value's JSON as the UTF-8 bytes that go on the wire (the shell's connector sender and HTTP
// entry send them). A cached card's kept pieces
// (domain/keptJson.ts) are encoded once and reused, so a turn that answers with one encodes only
// what is its own (the envelope, the step token, the refresh); anything else is encoded as
// JSON.stringify writes it.
import { JsonPiece, jsonSegments } from '../../domain/keptJson';

/** A piece's bytes, encoded at its first use and kept on it (outside Node's shared pool: it lives as long as the card). */
function bytesOf(piece: JsonPiece): Buffer {
  if (piece.bytes instanceof Buffer) return piece.bytes;
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(piece.text));
  bytes.write(piece.text);
  piece.bytes = bytes;
  return bytes;
}

/** JSON.stringify(value) as UTF-8 bytes, kept pieces from their kept bytes: one buffer, written in place. */
export function jsonBytes(value: unknown): Buffer {
  const segments = jsonSegments(value);
  if (segments.length === 1) {
    const only = segments[0]!;
    return typeof only === 'string' ? Buffer.from(only) : bytesOf(only);
  }
  let length = 0;
  for (const segment of segments) length += typeof segment === 'string' ? Buffer.byteLength(segment) : bytesOf(segment).length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const segment of segments) at += typeof segment === 'string' ? out.write(segment, at) : bytesOf(segment).copy(out, at);
  return out;
}
