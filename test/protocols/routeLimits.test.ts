// What each HTTP route may be sent, and how a refusal on it is answered
// (src/protocols/http/routeLimits.ts), from tables written by hand.
import { strict as assert } from 'assert';
import {
  ArrivalEvent,
  bodyLimitFor,
  BodySettings,
  drainBeforeBody,
  EarlyPlan,
  earlyPlan,
  fieldLimitFor,
  needsBotFrameworkToken,
  refusalPayload,
  REFUSED_BODY_DRAIN_BYTES,
  restOfRefusedBody,
} from '../../src/protocols/http/routeLimits';
import { MAX_EVENT_BYTES } from '../../src/protocols/partnerCenterWebhook/eventRequests';

const MB = 1024 * 1024;
const KB = 1024;

describe('Route limits', () => {
  it("gives each route its body limit: Partner Center's events small, the browser's routes theirs, the rest the deployment's", () => {
    const channel: BodySettings = { maxBodyBytes: 4 * MB };
    const browser: BodySettings = { maxBodyBytes: 4 * MB, browserMaxBodyBytes: 64 * KB };
    const rows: [string, BodySettings, string, number][] = [
      ["the channel's route", browser, '/api/messages', 4 * MB],
      ["Partner Center's events", channel, '/api/partnercenter/events', 16 * KB],
      ["Partner Center's events, the deployment's limit lower", { maxBodyBytes: 10 * KB }, '/api/partnercenter/events', 10 * KB],
      ['the local Direct Line, a browser limit set', browser, '/v3/directline/conversations/c1/activities', 64 * KB],
      ['the token route, a browser limit set', browser, '/api/directline/token', 64 * KB],
      ['the local Direct Line, no browser limit', channel, '/v3/directline/conversations/c1/activities', 4 * MB],
      ['a browser limit above the deployment one', { maxBodyBytes: 32 * KB, browserMaxBodyBytes: 64 * KB }, '/v3/directline/conversations', 32 * KB],
      ['a path that only starts like a browser route', browser, '/v3/directlineX/', 4 * MB],
    ];
    for (const [what, settings, path, expected] of rows) assert.equal(bodyLimitFor(settings, path), expected, what);
  });

  it("bounds the values of a browser's activity only on the browser's routes", () => {
    const limit = fieldLimitFor('/v3/directline/conversations/c1/activities');
    assert.deepEqual(limit && [...limit.names].sort(), ['channelData', 'entities', 'value']);
    assert.equal(limit?.max, 200);
    assert.equal(fieldLimitFor('/api/messages'), undefined);
    assert.equal(fieldLimitFor('/api/partnercenter/events'), undefined);
  });

  it("asks a Bot Framework token on the channel's route only", () => {
    const rows: [string, boolean][] = [
      ['/api/messages', true],
      ['/api/messages/', false],
      ['/api/partnercenter/events', false],
      ['/v3/directline/conversations', false],
      ['/healthz', false],
    ];
    for (const [path, expected] of rows) assert.equal(needsBotFrameworkToken(path), expected, path);
  });

  it("answers a refusal in the route's own error shape", () => {
    const refusal = { code: 'PayloadTooLarge', message: 'The body is too large.' };
    assert.deepEqual(refusalPayload('/api/messages', refusal), refusal);
    assert.deepEqual(refusalPayload('/v3/directline/conversations', refusal), { error: refusal });
    assert.deepEqual(refusalPayload('/api/partnercenter/events', refusal), { error: refusal });
  });

  it('reads little of a body whose token was refused, and the whole limit of one a channel must retry', () => {
    const rows: [string, number, number, number][] = [
      ['a refused token, a large limit', 401, 4 * MB, 128 * KB],
      ['a refused token, a small limit', 401, 64 * KB, 64 * KB],
      ['the signing keys out of reach', 503, 4 * MB, 4 * MB],
    ];
    for (const [what, status, max, expected] of rows) assert.equal(drainBeforeBody(status, max), expected, what);
  });

  it("meets before the framework only a POST to a token route: its bearer first with a registration, the channel's route taken unless it waits for a 100 Continue", () => {
    const rows: [string, string | undefined, string | undefined, ArrivalEvent, boolean, EarlyPlan | undefined][] = [
      ["the channel's POST", 'POST', '/api/messages', 'request', true, { path: '/api/messages', bearerFirst: true, take: true }],
      ['with a query', 'POST', '/api/messages?x=1', 'request', true, { path: '/api/messages', bearerFirst: true, take: true }],
      ['without a registration', 'POST', '/api/messages', 'request', false, { path: '/api/messages', bearerFirst: false, take: true }],
      ['waiting for a 100 Continue', 'POST', '/api/messages', 'checkContinue', true, { path: '/api/messages', bearerFirst: true, take: false }],
      ['a GET of the same path', 'GET', '/api/messages', 'request', true, undefined],
      ['no method', undefined, '/api/messages', 'request', true, undefined],
      ['another route', 'POST', '/api/partnercenter/events', 'request', true, undefined],
      ['a path that only starts like it', 'POST', '/api/messagesX', 'request', true, undefined],
      ['no URL', 'POST', undefined, 'request', true, undefined],
    ];
    for (const [what, method, url, event, registered, plan] of rows) assert.deepEqual(earlyPlan(method, url, event, registered), plan, what);
  });

  it("reads and drops a refused body's rest up to its budget, and closes on one declared larger", () => {
    const rows: [string, boolean, string | string[] | undefined, number, 'none' | 'drain' | 'close'][] = [
      ['all of it read already', true, '999999999', 10, 'none'],
      ['declared within the budget', false, '10', 10, 'drain'],
      ['declared one byte over', false, '11', 10, 'close'],
      ['no declared length (chunked): drained up to the budget', false, undefined, 10, 'drain'],
      ['an unreadable length: drained up to the budget', false, 'many', 10, 'drain'],
      ['the default budget, a mistaken upload of 4 MB', false, String(4 * MB), REFUSED_BODY_DRAIN_BYTES, 'drain'],
      ['the default budget, more than 4 MB', false, String(4 * MB + 1), REFUSED_BODY_DRAIN_BYTES, 'close'],
      ["an event's budget: a small rest drained", false, '100', MAX_EVENT_BYTES, 'drain'],
      ["an event's budget, declared one byte over", false, String(MAX_EVENT_BYTES + 1), MAX_EVENT_BYTES, 'close'],
      ["an event's budget, chunked: drained up to it, the connection cut past it", false, undefined, MAX_EVENT_BYTES, 'drain'],
    ];
    for (const [what, complete, length, budget, expected] of rows) assert.equal(restOfRefusedBody(complete, length, budget), expected, what);
  });
});
