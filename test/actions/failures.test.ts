// Every way a call fails becomes one ActionFailure, never a throw. Statuses and bodies per
// "Partner Center REST error codes" (learn.microsoft.com/partner-center/developer/error-codes)
// and Graph's error shape ({ error: { code, message } }); 429 carries Retry-After in seconds.
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import type { ActionFailure } from '../../src/domain/actions';
import { retryAfterSeconds } from '../../src/domain/microsoftApis/serviceAnswers';
import { GraphClient } from '../../src/hosting/microsoftApis/graphClient';
import { PartnerCenterClient } from '../../src/hosting/microsoftApis/partnerCenterClient';
import { PartnerCenterStandin, REPLIES, StandinReply } from '../../tools/standins/partnerCenterStandin';
import { StandinTokenSource } from '../../tools/standins/tokenSource';

describe('action failures', () => {
  let standin: PartnerCenterStandin;
  let partnerCenter: PartnerCenterClient;
  let graph: GraphClient;
  let baseUrls: { partnerCenter: string };
  const call = { correlationId: randomUUID() };

  beforeEach(async () => {
    standin = new PartnerCenterStandin();
    const urls = await standin.start();
    baseUrls = urls;
    const tokens = new StandinTokenSource(urls.token);
    partnerCenter = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens, timeoutMs: 300 });
    graph = new GraphClient({ baseUrl: urls.graph, tokens, timeoutMs: 300 });
  });
  afterEach(() => standin.stop());

  const lock = () => graph.lockForApproval(randomUUID());
  const link = () => partnerCenter.getRelationshipRequestUrl(call);

  const cases: [string, StandinReply, () => Promise<unknown>, ActionFailure][] = [
    ['Partner Center 401', REPLIES.unauthorized, link, { kind: 'unauthorized' }],
    ['Partner Center 401 with the MFA error code', REPLIES.mfaRequired, link, { kind: 'mfaRequired' }],
    ['Partner Center 403 with the MFA error code', { ...REPLIES.mfaRequired, status: 403 }, link, { kind: 'mfaRequired' }],
    ['a claims challenge', REPLIES.claimsChallenge, lock, { kind: 'mfaRequired' }],
    ['Partner Center 403 (no Admin agent)', REPLIES.adminAgentMissing, link, { kind: 'forbidden', missing: 'adminAgent' }],
    ['Graph 403 (no permission)', REPLIES.graphForbidden, lock, { kind: 'forbidden', missing: 'graphPermission' }],
    ['404', REPLIES.notFound, link, { kind: 'notFound' }],
    ['409', REPLIES.conflict, lock, { kind: 'conflict' }],
    ['429 with Retry-After', REPLIES.throttled, link, { kind: 'throttled', retryAfterSeconds: 17 }],
    ['429 without Retry-After', { status: 429 }, lock, { kind: 'throttled', retryAfterSeconds: 60 }],
    ['500', REPLIES.unavailable, link, { kind: 'unavailable', status: 500 }],
    ['503 from Graph', { status: 503 }, lock, { kind: 'unavailable', status: 503 }],
    ['400', { status: 400, body: { code: 600008, description: 'Invalid input.' } }, link, { kind: 'rejected', status: 400 }],
    ['an answer too late', { delayMs: 800 }, link, { kind: 'timeout' }],
    ['a success of another shape', { status: 200, body: { link: 'x' } }, link, { kind: 'unavailable', status: 200 }],
  ];
  for (const [name, reply, act, expected] of cases) {
    it(`${name} → ${expected.kind}`, async () => {
      standin.answerNext(reply);
      assert.deepEqual(await act(), { ok: false, failure: expected });
    });
  }

  it('a service that cannot be reached → unavailable', async () => {
    await standin.stop();
    const client = new PartnerCenterClient({ baseUrl: baseUrls.partnerCenter, tokens: { getToken: async () => 'token' } });
    assert.deepEqual(await client.getRelationshipRequestUrl(call), { ok: false, failure: { kind: 'unavailable', status: 0 } });
  });

  it('no token → unauthorized, and nothing is sent', async () => {
    const client = new PartnerCenterClient({ baseUrl: 'http://127.0.0.1:9', tokens: { getToken: () => Promise.reject(new Error('no sign-in')) } });
    assert.deepEqual(await client.getRelationshipRequestUrl(call), { ok: false, failure: { kind: 'unauthorized' } });
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    assert.equal(retryAfterSeconds('5', now), 5);
    assert.equal(retryAfterSeconds('Tue, 24 Nov 2026 10:00:30 GMT', now), 30);
    assert.equal(retryAfterSeconds('0', now), 1);
    assert.equal(retryAfterSeconds(null, now), 60);
  });
});
