// SHA-256 (FIPS 180-4) in JavaScript, for the short digest the turn runner makes of every
// activity's id (dedupe.ts). It gives node:crypto's bytes; what it spares is the call into native
// code, which in a busy turn cost several times the digest itself (bench/history-2026-11.md, "Fifth stop").
// Only for ids and the like: it is not constant-time, and a long text goes to node:crypto.
import { hash } from 'crypto';

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** Texts longer than this (UTF-16 units) go to node:crypto, so the buffer below stays small. */
const MAX_TEXT = 2048;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Reused by every digest: one turn's digest is made at a time (the function never yields).
const message = new Uint8Array(MAX_TEXT * 3 + 72);
const schedule = new Int32Array(64);
const state = new Int32Array(8);

/** Writes the text's UTF-8 bytes (a lone surrogate as U+FFFD, as node:crypto takes a string), padded; returns the length. */
function pad(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      message[n++] = c;
      continue;
    }
    if (c < 0x800) {
      message[n++] = 0xc0 | (c >> 6);
      message[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
        message[n++] = 0xf0 | (point >> 18);
        message[n++] = 0x80 | ((point >> 12) & 0x3f);
        message[n++] = 0x80 | ((point >> 6) & 0x3f);
        message[n++] = 0x80 | (point & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    message[n++] = 0xe0 | (c >> 12);
    message[n++] = 0x80 | ((c >> 6) & 0x3f);
    message[n++] = 0x80 | (c & 0x3f);
  }
  // A one bit, zeros to 56 bytes past a block's start, then the length in bits as 64 bits,
  // big-endian (the texts here are far below 2^32 bits: the high word is zero).
  const bits = n * 8;
  message[n++] = 0x80;
  while (n % 64 !== 56) message[n++] = 0;
  for (let i = 0; i < 4; i += 1) message[n++] = 0;
  message[n++] = bits >>> 24;
  message[n++] = (bits >>> 16) & 0xff;
  message[n++] = (bits >>> 8) & 0xff;
  message[n++] = bits & 0xff;
  return n;
}

/** One 64-byte block of the message into the state. */
function compress(at: number): void {
  const w = schedule;
  for (let t = 0; t < 16; t += 1) {
    const j = at + 4 * t;
    w[t] = (message[j]! << 24) | (message[j + 1]! << 16) | (message[j + 2]! << 8) | message[j + 3]!;
  }
  for (let t = 16; t < 64; t += 1) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t += 1) {
    const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const t1 = (h + sum1 + choice + K[t]! + w[t]!) | 0;
    const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + sum0 + majority) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Byte `i` (0–31) of the digest in `state`. */
function digestByte(i: number): number {
  return (state[i >> 2]! >>> (24 - 8 * (i & 3))) & 0xff;
}

/**
 * The first `chars` characters (at most 40) of the base64url form of the SHA-256 of the text's
 * UTF-8 bytes: what `hash('sha256', text, 'base64url').slice(0, chars)` gives.
 */
export function sha256Base64url(text: string, chars: number): string {
  if (!(chars >= 0 && chars <= 40)) throw new RangeError('sha256Base64url gives 0 to 40 characters');
  if (text.length > MAX_TEXT) return hash('sha256', text, 'base64url').slice(0, chars);
  const length = pad(text);
  state.set(INITIAL);
  for (let at = 0; at < length; at += 64) compress(at);
  let out = '';
  for (let i = 0; out.length < chars; i += 3) {
    const triple = (digestByte(i) << 16) | (digestByte(i + 1) << 8) | digestByte(i + 2);
    out += BASE64URL[triple >> 18]! + BASE64URL[(triple >> 12) & 0x3f]! + BASE64URL[(triple >> 6) & 0x3f]! + BASE64URL[triple & 0x3f]!;
  }
  return out.length === chars ? out : out.slice(0, chars);
}
