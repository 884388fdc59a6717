// What the bot's HTTP entry answers (src/protocols/http/entryAnswers.ts), from tables written by
// hand: each outcome's status, body and Retry-After, which failures are the token's, and which
// service URLs local mode replies to.
import { strict as assert } from 'assert';
import {
  EntryAnswer,
  entryAnswer,
  EntryOutcome,
  entryRefusal,
  isAuthenticationFailure,
  loopbackServiceUrl,
  refusalBeforeBody,
  tokenCheckFailure,
  turnFailure,
} from '../../src/protocols/http/entryAnswers';

const withStatus = (name: string, statusCode?: number): Error => Object.assign(Object.assign(new Error('x'), { name }), statusCode ? { statusCode } : {});
class RestError extends Error {
  statusCode = 403;
}

describe("The HTTP entry's answers", () => {
  it('answers each outcome with its status and body, and a retry where sending again may help', () => {
    const rows: [EntryOutcome, EntryAnswer][] = [
      [{ kind: 'method' }, { status: 405 }],
      [
        { kind: 'shape', problem: 'The activity type must be a string.' },
        { status: 400, body: { code: 'BadRequest', message: 'The activity type must be a string.' } },
      ],
      [
        { kind: 'notLoopback' },
        { status: 403, body: { code: 'Forbidden', message: 'Without an app registration the bot replies only to a loopback serviceUrl.' } },
      ],
      [{ kind: 'unauthenticated' }, { status: 401, body: { code: 'Unauthorized', message: 'The request is not authorized for this bot.' } }],
      [
        { kind: 'keysUnavailable' },
        { status: 503, body: { code: 'ServiceUnavailable', message: 'The bot could not check this request now; please retry.' }, retryAfter: '2' },
      ],
      [
        { kind: 'transient' },
        { status: 503, body: { code: 'ServiceUnavailable', message: 'The bot could not complete this turn; please retry.' }, retryAfter: '2' },
      ],
      [{ kind: 'failed' }, { status: 500, body: { code: 'InternalError', message: 'The bot could not process this activity.' } }],
    ];
    for (const [outcome, expected] of rows) assert.deepEqual(entryAnswer(outcome), expected, outcome.kind);
    assert.deepEqual(refusalBeforeBody('unauthenticated'), entryAnswer({ kind: 'unauthenticated' }));
    assert.deepEqual(refusalBeforeBody('keysUnavailable'), entryAnswer({ kind: 'keysUnavailable' }));
  });

  it("blames the token for the SDK's 401 and 403 and jsonwebtoken's errors, never for a storage client's 403 or anything else", () => {
    const rows: [string, unknown, boolean][] = [
      ["the SDK's AuthenticationError, 401", withStatus('AuthenticationError', 401), true],
      ["the SDK's AuthenticationError, 403 (an endorsement missing)", withStatus('AuthenticationError', 403), true],
      ['an expired token', withStatus('TokenExpiredError'), true],
      ['a token not valid yet', withStatus('NotBeforeError'), true],
      ['a bad signature', withStatus('JsonWebTokenError'), true],
      ["a storage client's 403: the bot's own credentials", new RestError('forbidden'), false],
      ['a 500', withStatus('Error', 500), false],
      ['the keys could not be fetched', withStatus('FetchError'), false],
      ['something thrown that is no error', { statusCode: 401 }, false],
    ];
    for (const [what, error, expected] of rows) assert.equal(isAuthenticationFailure(error), expected, what);
  });

  it("tells a failed token check from keys out of reach, and a failed turn's cause in order", () => {
    assert.deepEqual(tokenCheckFailure(withStatus('TokenExpiredError')), { kind: 'unauthenticated' });
    assert.deepEqual(tokenCheckFailure(withStatus('FetchError')), { kind: 'keysUnavailable' });
    const rows: [string, unknown, boolean, EntryOutcome][] = [
      ['a token refused inside the turn', withStatus('AuthenticationError', 401), false, { kind: 'unauthenticated' }],
      ['a token refused, even when marked transient', withStatus('AuthenticationError', 401), true, { kind: 'unauthenticated' }],
      ['a transient failure', withStatus('Error', 503), true, { kind: 'transient' }],
      ['anything else', new TypeError('x'), false, { kind: 'failed' }],
    ];
    for (const [what, error, transient, expected] of rows) assert.deepEqual(turnFailure(error, transient), expected, what);
  });

  it('in local mode replies only to a service URL on this machine, or to an activity without one', () => {
    const rows: [unknown, boolean][] = [
      [{}, true],
      [{ serviceUrl: '' }, true],
      [{ serviceUrl: null }, true],
      [{ serviceUrl: 'http://127.0.0.1:3978/local-connector/' }, true],
      [{ serviceUrl: 'http://localhost:3978/' }, true],
      [{ serviceUrl: 'http://[::1]:3978/' }, true],
      [{ serviceUrl: 'https://smba.trafficmanager.net/emea/' }, false],
      [{ serviceUrl: 'http://169.254.169.254/latest/' }, false],
      [{ serviceUrl: 'not a url' }, false],
      [{ serviceUrl: 42 }, false],
    ];
    for (const [body, expected] of rows) assert.equal(loopbackServiceUrl(body), expected, JSON.stringify(body));
  });

  it('refuses before the token a wrong method first, then a malformed activity, then in local mode a remote service URL', () => {
    const activity = { type: 'message', channelId: 'webchat', conversation: { id: 'c1' }, from: { id: 'u1' } };
    const ok = { ...activity, serviceUrl: 'http://127.0.0.1:3978/' };
    const remote = { ...activity, serviceUrl: 'https://example.com/' };
    const rows: [string, string | undefined, unknown, boolean, EntryOutcome['kind'] | undefined][] = [
      ['a good activity', 'POST', ok, true, undefined],
      ['a remote service URL, registered', 'POST', remote, false, undefined],
      ['a remote service URL, local mode', 'POST', remote, true, 'notLoopback'],
      ['a GET', 'GET', ok, true, 'method'],
      ['no method', undefined, ok, false, 'method'],
      ['a GET of junk', 'GET', 'junk', true, 'method'],
      ['no activity', 'POST', 'junk', true, 'shape'],
      ['a type too long, remote, local mode', 'POST', { ...remote, type: 'x'.repeat(10_000) }, true, 'shape'],
    ];
    for (const [what, method, body, loopbackOnly, kind] of rows) assert.equal(entryRefusal(method, body, loopbackOnly)?.kind, kind, what);
  });
});
