// The JavaScript SHA-256 of activity ids against node:crypto's, byte for byte.
import { strict as assert } from 'assert';
import { hash, randomBytes } from 'crypto';
import { sha256Base64url } from '../../src/hosting/turns/sha256';

const expected = (text: string, chars: number): string => hash('sha256', text, 'base64url').slice(0, chars);

/** A string of `length` UTF-16 units drawn from ASCII, Latin, CJK, emoji pairs and lone surrogates. */
function mixed(length: number): string {
  const pool = ['a', 'Z', '0', '|', ':', 'é', 'ß', '用', '户', '😀', '\ud800', '\udfff', '\u0000', '\u07ff', '\u0800', '\uffff'];
  let s = '';
  const bytes = randomBytes(length);
  while (s.length < length) s += pool[bytes[s.length]! % pool.length]!;
  return s.slice(0, length);
}

describe('SHA-256 in JavaScript', () => {
  it('gives the known digests of the standard test messages', () => {
    assert.equal(
      sha256Base64url('', 40),
      Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex').toString('base64url').slice(0, 40),
    );
    assert.equal(
      sha256Base64url('abc', 40),
      Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex').toString('base64url').slice(0, 40),
    );
    const twoBlocks = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    assert.equal(
      sha256Base64url(twoBlocks, 40),
      Buffer.from('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1', 'hex').toString('base64url').slice(0, 40),
    );
  });

  it("matches node:crypto on every length around a block's edges, in any script", () => {
    for (let length = 0; length <= 200; length += 1) {
      const ascii = 'x'.repeat(length);
      assert.equal(sha256Base64url(ascii, 12), expected(ascii, 12), `${length} ASCII characters`);
      const text = mixed(length);
      assert.equal(sha256Base64url(text, 40), expected(text, 40), JSON.stringify(text));
    }
  });

  it('matches node:crypto on ids as channels make them, and on texts long enough to be handed to it', () => {
    const ids = ['1700000000123', 'f:5a3b1c2d-0000-4000-8000-000000000000', 'Kx3Jq7ZbT1wY9fAbCdEfGh-us|0000042', mixed(2048), mixed(2049), 'y'.repeat(10_000)];
    for (const id of ids) for (const chars of [0, 1, 11, 12, 13, 40]) assert.equal(sha256Base64url(id, chars), expected(id, chars));
  });

  it('refuses to give more characters than it makes', () => {
    assert.throws(() => sha256Base64url('a', 41), RangeError);
    assert.throws(() => sha256Base64url('a', -1), RangeError);
  });
});
