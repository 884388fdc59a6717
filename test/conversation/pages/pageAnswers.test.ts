// What the Web Chat page, the side panel and their files answer besides their bodies
// (conversation/pages/pageAnswers.ts), from tables written by hand: a conditional GET's match,
// gzip or not, each kind of answer's headers, and the side panel's My cases refusals. The routes
// themselves: test/webchat/page.test.ts, test/panel/content.test.ts and myCases.test.ts.
import { strict as assert } from 'assert';
import {
  acceptsGzip,
  assetHeaders,
  matchesEtag,
  pageHeaders,
  panelCasesHeaders,
  panelCasesRefusal,
  panelContentHeaders,
} from '../../../src/conversation/pages/pageAnswers';

describe('Pages: what they answer besides their bodies', () => {
  it('answers 304 to the ETag given, weak or in a list or `*`, and to nothing else', () => {
    const rows: [string | undefined, boolean][] = [
      ['"abc"', true],
      ['W/"abc"', true],
      ['"x", "abc"', true],
      ['"x",W/"abc"', true],
      ['*', true],
      ['"abcd"', false],
      ['abc', false],
      ['', false],
      [undefined, false],
    ];
    for (const [ifNoneMatch, expected] of rows) assert.equal(matchesEtag(ifNoneMatch, '"abc"'), expected, String(ifNoneMatch));
  });

  it('sends a file gzipped only to a client that names gzip', () => {
    const rows: [string | string[] | undefined, boolean][] = [
      ['gzip, deflate, br', true],
      ['br;q=1, gzip;q=0.5', true],
      ['br', false],
      ['x-gzipped', false],
      [['br', 'gzip'], true],
      [undefined, false],
    ];
    for (const [header, expected] of rows) assert.equal(acceptsGzip(header), expected, String(header));
  });

  it("gives a page no cache, its policy and language; the chat page's origin goes along where it is embedded, the panel's never", () => {
    const rows: ['webChat' | 'panel', string][] = [
      ['webChat', 'strict-origin-when-cross-origin'],
      ['panel', 'no-referrer'],
    ];
    for (const [page, referrer] of rows)
      assert.deepEqual(pageHeaders(page, "default-src 'self'", 'hu-HU'), {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'",
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': referrer,
        'Content-Language': 'hu-HU',
        Vary: 'Accept-Language',
      });
  });

  it('caches a hashed file for a year, the panel content five minutes, a person’s cases never', () => {
    const rows: [string, Record<string, string>, string, string | undefined][] = [
      ['file', assetHeaders('text/css; charset=utf-8', '"h"'), 'public, max-age=31536000, immutable', 'Accept-Encoding'],
      ['panel content', panelContentHeaders('"h"', 'pt-BR'), 'public, max-age=300', 'Accept-Language'],
      ['panel cases', panelCasesHeaders(12), 'no-store', 'Authorization, Accept-Language'],
    ];
    for (const [name, headers, cache, vary] of rows) {
      assert.equal(headers['Cache-Control'], cache, name);
      assert.equal(headers.Vary, vary, name);
      assert.equal(headers['X-Content-Type-Options'], 'nosniff', name);
    }
    assert.equal(assetHeaders('text/css', '"h"')['Cross-Origin-Resource-Policy'], 'same-origin');
    assert.equal(panelCasesHeaders(12)['Content-Length'], '12');
  });

  it("refuses the panel's My cases: 401 to sign in, 503 to ask again shortly, 500 for a failure of ours", () => {
    const rows: [Parameters<typeof panelCasesRefusal>[0], number, string, Record<string, string>][] = [
      ['signIn', 401, 'signInRequired', { 'WWW-Authenticate': 'Bearer' }],
      ['keysUnavailable', 503, 'tryAgain', { 'Retry-After': '5' }],
      ['failed', 500, 'failed', {}],
    ];
    for (const [why, status, error, headers] of rows) assert.deepEqual(panelCasesRefusal(why), { status, body: { error }, headers }, why);
  });
});
