// What Partner Center's webhook route decides (src/protocols/partnerCenterWebhook/eventRequests.ts), from tables of headers
// and outcomes; the route over HTTP with signed events: test/cases/eventsRoute.test.ts.
import { strict as assert } from 'assert';
import {
  answerBody,
  eventAnswer,
  eventBodyBytes,
  eventIdOf,
  earlyAnswerBody,
  isEventsRequest,
  earlyRefusal,
  EventHeaders,
  EventRefusal,
  freshness,
  FUTURE_SKEW_MS,
  keepFailure,
  MAX_EVENT_BYTES,
  readSignatureHeaders,
  refusalStatus,
} from '../../src/protocols/partnerCenterWebhook/eventRequests';

const SIGNATURE = Buffer.alloc(256, 7).toString('base64');
const URL_HEADER = 'https://api.partnercenter.microsoft.com/cert/signing.cer';
const signed = (over: EventHeaders = {}): EventHeaders => ({
  'content-type': 'application/json; charset=utf-8',
  authorization: `Signature ${SIGNATURE}`,
  'x-ms-certificate-url': URL_HEADER,
  'x-ms-signature-algorithm': 'rsa-sha256',
  ...over,
});

describe('Partner Center events: what the route decides', () => {
  it('reads the signature from either header, and refuses a request missing any of the three', () => {
    const rows: [EventHeaders, EventRefusal | 'ok'][] = [
      [signed(), 'ok'],
      [signed({ authorization: `signature   ${SIGNATURE}` }), 'ok'],
      [signed({ authorization: undefined, 'x-ms-signature': SIGNATURE }), 'ok'],
      [signed({ authorization: undefined, 'x-ms-signature': `Signature ${SIGNATURE}` }), 'ok'],
      [signed({ authorization: undefined }), 'unsigned'],
      [signed({ authorization: 'Bearer abc' }), 'unsigned'],
      [signed({ authorization: 'Signature not*base64' }), 'unsigned'],
      [signed({ authorization: 'Signature QUJD' }), 'unsigned'],
      [signed({ authorization: [`Signature ${SIGNATURE}`, `Signature ${SIGNATURE}`] }), 'unsigned'],
      [signed({ 'x-ms-certificate-url': undefined }), 'no-certificate-url'],
      [signed({ 'x-ms-certificate-url': 'not a url' }), 'no-certificate-url'],
      [signed({ 'x-ms-certificate-url': `https://x/${'a'.repeat(2100)}` }), 'no-certificate-url'],
      [signed({ 'x-ms-signature-algorithm': undefined }), 'no-algorithm'],
      [signed({ 'x-ms-signature-algorithm': ' ' }), 'no-algorithm'],
      [signed({ 'x-ms-signature-algorithm': 'RSA-SHA256' }), 'ok'],
      [signed({ 'x-ms-signature-algorithm': 'rsa-sha1' }), 'wrong-algorithm'],
    ];
    for (const [headers, expected] of rows) {
      const verdict = readSignatureHeaders(headers);
      assert.equal(verdict.ok ? 'ok' : verdict.reason, expected, JSON.stringify(headers).slice(0, 160));
    }
    const ok = readSignatureHeaders(signed());
    assert.ok(ok.ok);
    assert.equal(ok.request.signature.length, 256);
    assert.equal(ok.request.certificateUrl.href, URL_HEADER);
  });

  it('refuses at the headers, before the body: not JSON in UTF-8 (415), too large (413), then unsigned (401)', () => {
    const rows: [EventHeaders, [number, string] | undefined][] = [
      [signed(), undefined],
      [signed({ 'content-type': 'application/json' }), undefined],
      [signed({ 'content-type': 'Application/JSON; charset="utf-8"' }), undefined],
      [signed({ 'content-type': 'application/json; charset=utf8' }), undefined],
      [signed({ 'content-type': 'application/json; charset=UTF8' }), undefined],
      [signed({ 'content-type': 'application/json; charset=utf-16' }), [415, 'not-json']],
      [signed({ 'content-type': 'application/json; charset=utf-8', 'content-encoding': ' GZIP ' }), [415, 'not-json']],
      [signed({ 'content-type': 'application/json; charset=latin1' }), [415, 'not-json']],
      [signed({ 'content-type': 'text/plain' }), [415, 'not-json']],
      [signed({ 'content-type': undefined }), [415, 'not-json']],
      [signed({ 'content-encoding': 'gzip' }), [415, 'not-json']],
      [signed({ 'content-encoding': 'identity' }), undefined],
      [signed({ 'content-length': String(MAX_EVENT_BYTES) }), undefined],
      [signed({ 'content-length': String(MAX_EVENT_BYTES + 1) }), [413, 'too-large']],
      [signed({ 'content-length': String(MAX_EVENT_BYTES + 1), 'content-type': 'text/plain' }), [415, 'not-json']],
      [signed({ 'content-length': String(MAX_EVENT_BYTES + 1), authorization: undefined }), [413, 'too-large']],
      [signed({ authorization: undefined }), [401, 'unsigned']],
    ];
    for (const [headers, expected] of rows) {
      const refusal = earlyRefusal(headers);
      assert.deepEqual(refusal ? [refusal.status, refusal.reason] : undefined, expected, JSON.stringify(headers).slice(0, 200));
    }
  });

  it("checks early only a POST to the webhook's path, whatever its query", () => {
    const rows: [string | undefined, string | undefined, boolean][] = [
      ['POST', '/api/partnercenter/events', true],
      ['POST', '/api/partnercenter/events?x=1', true],
      ['GET', '/api/partnercenter/events', false],
      ['POST', '/api/partnercenter/events/', false],
      ['POST', '/api/messages', false],
      ['POST', undefined, false],
      [undefined, '/api/partnercenter/events', false],
    ];
    for (const [method, url, expected] of rows) assert.equal(isEventsRequest(method, url), expected, `${method} ${url}`);
  });

  it("takes the body as the server's reader kept its text, within the size; its id is the SHA-256 of those bytes", () => {
    const rows: [string, unknown, number | undefined][] = [
      ['a small body', '{"a":1}', 7],
      ['UTF-8 counted in bytes', 'é'.repeat(10), 20],
      ['exactly the limit', 'x'.repeat(MAX_EVENT_BYTES), MAX_EVENT_BYTES],
      ['one byte over', 'x'.repeat(MAX_EVENT_BYTES + 1), undefined],
      ['over in bytes only', 'é'.repeat(MAX_EVENT_BYTES / 2 + 1), undefined],
      ['no text kept', undefined, 0],
      ['not text', { a: 1 }, 0],
    ];
    for (const [name, raw, length] of rows) assert.equal(eventBodyBytes(raw)?.length, length, name);
    assert.equal(eventIdOf(Buffer.from('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(eventIdOf(Buffer.alloc(0)), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('takes a late event (stale is only logged) and refuses one dated more than 15 minutes ahead', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const maxAge = 60 * 60_000;
    const rows: [number, string | undefined][] = [
      [0, undefined],
      [-maxAge, undefined],
      [-maxAge - 1, 'stale'],
      [FUTURE_SKEW_MS, undefined],
      [FUTURE_SKEW_MS + 1, 'future'],
    ];
    for (const [offset, expected] of rows) assert.equal(freshness(new Date(now + offset).toISOString(), now, maxAge), expected, String(offset));
    assert.equal(freshness('no date', now, maxAge), undefined);
  });

  it('answers each refusal and failure with the status that makes Partner Center retry only when a retry can help', () => {
    const refusals: [EventRefusal, number][] = [
      ['certificate-unavailable', 503],
      ['unreadable', 200],
      ['bad-signature', 401],
      ['certificate-untrusted', 401],
      ['certificate-url-not-allowed', 401],
      ['future', 401],
      ['unsigned', 401],
    ];
    for (const [reason, status] of refusals) assert.equal(refusalStatus(reason), status, reason);
    assert.deepEqual(keepFailure('ReachedElsewhereError', false), { status: 500, reason: 'deliver', drop: true });
    assert.deepEqual(keepFailure('InboxFullError', true), { status: 503, reason: 'inbox-full', drop: false });
    assert.deepEqual(keepFailure('Error', false), { status: 503, reason: 'storage', drop: false });
  });

  it('says the outcome on a 200 and an error code otherwise', () => {
    const rows: [number, string, string | undefined, object][] = [
      [200, 'delivered', undefined, { outcome: 'delivered' }],
      [200, 'refused', 'unreadable', { outcome: 'refused' }],
      [401, 'refused', 'bad-signature', { error: { code: 'Unauthorized', reason: 'bad-signature' } }],
      [413, 'refused', 'too-large', { error: { code: 'PayloadTooLarge', reason: 'too-large' } }],
      [503, 'failed', 'storage', { error: { code: 'Failed', reason: 'storage' } }],
      [500, 'failed', undefined, { error: { code: 'Failed' } }],
    ];
    for (const [status, outcome, reason, body] of rows) assert.deepEqual(answerBody(status, outcome, reason), body, `${status} ${reason}`);
    assert.deepEqual(earlyAnswerBody(401, 'unsigned'), { error: { code: 'Unauthorized', reason: 'unsigned' } });
    assert.deepEqual(earlyAnswerBody(413, 'too-large'), { error: { code: 'BadRequest', reason: 'too-large' } });
  });

  it('writes an answer as JSON never cached, its length in bytes, and closes the connection only when the body was left unread', () => {
    const rows: [string, Record<string, unknown>, boolean, Record<string, string | number>][] = [
      ['kept open', { outcome: 'delivered' }, false, { 'Content-Type': 'application/json', 'Content-Length': 23, 'Cache-Control': 'no-store' }],
      [
        'closed',
        { error: { code: 'PayloadTooLarge' } },
        true,
        { 'Content-Type': 'application/json', 'Content-Length': 36, 'Cache-Control': 'no-store', Connection: 'close' },
      ],
      ['bytes, not characters', { outcome: 'é' }, false, { 'Content-Type': 'application/json', 'Content-Length': 16, 'Cache-Control': 'no-store' }],
    ];
    for (const [name, body, close, headers] of rows) {
      const written = eventAnswer(body, close);
      assert.deepEqual(written.headers, headers, name);
      assert.deepEqual(JSON.parse(written.text), body, name);
    }
  });
});
