// How long an accepted Bot Framework token is taken on trust, and what its answer is kept for
// (src/protocols/http/tokenTrust.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { askedOf, tokenExpiry, trustedUntil } from '../../src/protocols/http/tokenTrust';

const jws = (claims: Record<string, unknown>): string => `Bearer h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const NOW = 1_000_000;
const MINUTE = 60_000;

describe('Token trust: what an accepted token is kept for, and how long', () => {
  it('reads the expiry of a bearer token and nothing else', () => {
    const rows: [string, string, number | undefined][] = [
      ['a bearer token with an expiry', jws({ exp: 1_900_000_000 }), 1_900_000_000_000],
      ['no expiry', jws({ nbf: 1 }), undefined],
      ['an expiry written as text', jws({ exp: '1900000000' }), undefined],
      ['an expiry that is no finite number', `Bearer h.${Buffer.from('{"exp":1e999}').toString('base64url')}.sig`, undefined],
      ['a payload that is no JSON', 'Bearer h.!!!.s', undefined],
      ['another scheme', `Basic ${jws({ exp: 1 }).slice(7)}`, undefined],
      ['a scheme with no token', 'Bearer', undefined],
      ['no header', '', undefined],
    ];
    for (const [what, header, expected] of rows) assert.equal(tokenExpiry(header), expected, what);
  });

  it("keeps an answer until the token expires or the longest trust ends, the earlier, and a token's answer without an expiry not at all", () => {
    const rows: [string, string, number, number | undefined][] = [
      ['a token expiring in half a minute', jws({ exp: (NOW + 30_000) / 1000 }), 10 * MINUTE, NOW + 30_000],
      ['a token of an hour, trusted ten minutes', jws({ exp: (NOW + 60 * MINUTE) / 1000 }), 10 * MINUTE, NOW + 10 * MINUTE],
      ['a token expiring now', jws({ exp: NOW / 1000 }), 10 * MINUTE, undefined],
      ['a token expired already', jws({ exp: (NOW - 1000) / 1000 }), 10 * MINUTE, undefined],
      ['a token without an expiry', jws({ nbf: 1 }), 10 * MINUTE, undefined],
      ["no token: the SDK's anonymous answer, for the longest trust", '', 10 * MINUTE, NOW + 10 * MINUTE],
      ['no trust at all', jws({ exp: (NOW + 30_000) / 1000 }), 0, undefined],
    ];
    for (const [what, header, maxAge, expected] of rows) assert.equal(trustedUntil(header, NOW, maxAge), expected, what);
  });

  it('keys an answer on the channel, service URL and role, each after its length, and keys nothing the SDK judges its own way', () => {
    const url = 'https://smba.trafficmanager.net/emea/';
    const rows: [string, [unknown, unknown, unknown, unknown], string | undefined][] = [
      ['a Teams activity', ['Bearer x', 'msteams', url, undefined], `7:msteams${url.length}:${url}-1:`],
      ['a recipient with a role', ['Bearer x', 'msteams', url, 'bot'], `7:msteams${url.length}:${url}3:bot`],
      ['no channel, no service URL', ['', undefined, undefined, undefined], '-1:-1:-1:'],
      ['empty ones are not missing ones', ['', '', '', ''], '0:0:0:'],
      ['a header that is no text', [undefined, 'msteams', url, undefined], undefined],
      ['a channel that is no text', ['Bearer x', 42, url, undefined], undefined],
      ['a service URL that is no text', ['Bearer x', 'msteams', { href: url }, undefined], undefined],
      ['a role that is no text', ['Bearer x', 'msteams', url, ['bot']], undefined],
    ];
    for (const [what, [header, channel, serviceUrl, role], expected] of rows) assert.equal(askedOf(header, channel, serviceUrl, role), expected, what);
    // Two sets of parts that would run together without their lengths make two keys.
    assert.notEqual(askedOf('', 'ab', 'c', undefined), askedOf('', 'a', 'bc', undefined));
  });
});
