// What the Web Chat token route answers when it gives no token, and which requests it looks at
// (conversation/webChat/tokenRouteAnswers.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { isTokenRequest, TokenRefusal, tokenRefusal, TokenRouteAnswer } from '../../../src/conversation/webChat/tokenRouteAnswers';

describe('Web Chat token route: its refusals', () => {
  it("answers each refusal with its status, Direct Line's error shape and, where coming back later helps, when", () => {
    const rows: [TokenRefusal, TokenRouteAnswer][] = [
      [
        { kind: 'tooMany', retryAfterSeconds: 17 },
        { status: 429, body: { error: { code: 'TooManyRequests', message: 'Too many token requests; try again later.' } }, retryAfterSeconds: 17 },
      ],
      [{ kind: 'notJson' }, { status: 415, body: { error: { code: 'UnsupportedMediaType', message: 'Send a JSON object: { "locale": "en-US" }.' } } }],
      [{ kind: 'visitorUnknown' }, { status: 503, body: { error: { code: 'TryAgain', message: 'Could not start the chat; try again later.' } } }],
      [
        { kind: 'busy', retryAfterSeconds: 95 },
        {
          status: 503,
          body: { error: { code: 'Busy', message: 'Too many conversations are open; try again after the time Retry-After gives.' } },
          retryAfterSeconds: 95,
        },
      ],
      [
        { kind: 'tokenService' },
        { status: 502, body: { error: { code: 'TokenServiceUnavailable', message: 'Could not get a Direct Line token; try again later.' } } },
      ],
    ];
    for (const [refusal, expected] of rows) assert.deepEqual(tokenRefusal(refusal), expected, refusal.kind);
  });

  it('looks only at a JSON object sent as JSON', () => {
    const rows: [string, boolean, unknown, boolean][] = [
      ['an object sent as JSON', true, { locale: 'hu-HU' }, true],
      ['an empty object', true, {}, true],
      ['a form post', false, { locale: 'hu-HU' }, false],
      ['an array', true, [{ locale: 'hu-HU' }], false],
      ['null', true, null, false],
      ['a string', true, 'hu-HU', false],
      ['no body', true, undefined, false],
    ];
    for (const [what, json, body, expected] of rows) assert.equal(isTokenRequest(json, body), expected, what);
  });
});
