// The assumptions the host makes about Bot Framework SDK internals (src/hosting/sdkInternals/),
// and about BotState, whose cache the optimistic states replace: an SDK upgrade that breaks one
// fails here.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import * as path from 'path';
import { BotState, TestAdapter, TurnContext } from 'botbuilder';
import {
  ACTIVITY_WIRE_PROPERTIES,
  CONNECTOR_USER_AGENT,
  activityFromBody,
  blobsStorageName,
  guardSigningKeyFetches,
  JwtTokenExtractor,
  signingKeyFetchGuarded,
  SigningKeysUnavailableError,
  withoutSdkConsole,
} from '../../src/hosting/sdkInternals';
import { CHANNEL_ISSUER, channelClaims, signingKey, startOpenIdProvider, token } from '../support/botFrameworkTokens';
import { PROJECT_ROOT } from '../support/paths';

describe('SDK internals the host relies on', () => {
  it('makes an activity from a body as CloudAdapter.process does: timestamps as Dates, a type required', () => {
    const activity = activityFromBody({ type: 'message', timestamp: '2026-01-02T03:04:05.000Z', localTimestamp: '2026-01-02T04:04:05.000+01:00' });
    assert.ok(activity.timestamp instanceof Date);
    assert.equal(activity.timestamp.toISOString(), '2026-01-02T03:04:05.000Z');
    assert.ok(activity.localTimestamp instanceof Date);
    assert.throws(() => activityFromBody({ text: 'no type' }));
    assert.throws(() => activityFromBody(undefined));
  });

  it('names blobs as BlobsStorage does: empty path segments dropped, then URI-encoded and cut at 1,024', () => {
    assert.equal(blobsStorageName('msteams/conversations/a:1/'), encodeURIComponent('msteams/conversations/a:1'));
    assert.equal(blobsStorageName('webchat//users/ü/'), encodeURIComponent('webchat/users/ü'));
    assert.equal(blobsStorageName(`k/${'x'.repeat(2000)}`).length, 1024);
    assert.throws(() => blobsStorageName(''));
  });

  it('knows the wire properties of an Activity and introduces itself as the connector client does', () => {
    for (const name of ['type', 'id', 'text', 'attachments', 'channelData', 'replyToId', 'summary', 'locale', 'value', 'conversation', 'from', 'recipient']) {
      assert.ok(ACTIVITY_WIRE_PROPERTIES.has(name), name);
    }
    assert.equal(ACTIVITY_WIRE_PROPERTIES.has('notOnTheWire'), false);
    const version = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules/botframework-connector/package.json'), 'utf8')) as { version: string })
      .version;
    assert.equal(CONNECTOR_USER_AGENT, `Microsoft-BotFramework/3.1 botframework-connector/${version}`);
  });

  it('finds in BotState no method beyond those the optimistic states override (its cache is used by no other)', () => {
    const methods = Object.getOwnPropertyNames(BotState.prototype)
      .filter((name) => name !== 'constructor')
      .sort();
    assert.deepEqual(methods, ['clear', 'createProperty', 'delete', 'get', 'load', 'saveChanges']);
  });

  it('calls the first send hook inside sendActivities itself, with copies of the activities (replies/sendReplies.ts hands the id callbacks over on the turn for that one call)', async () => {
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c' } as never, from: { id: 'u', name: '' } });
    const sent = { type: 'message', text: 'hi' };
    let during = false;
    let seen: unknown;
    context.onSendActivities(async (_ctx, activities, next) => {
      seen = activities[0];
      if (during) return next();
      return [];
    });
    during = true;
    const sending = context.sendActivities([sent]);
    during = false;
    assert.ok(seen, 'the hook ran before sendActivities returned');
    assert.notEqual(seen, sent, 'the hook sees a copy, not the activity given');
    await sending;
  });

  it("issue 67 finding 7: guards the key fetch the SDK's token check makes: one fetch for every caller, a deadline, the failure remembered (test/reliability/hostileKeys.test.ts shows it at the HTTP entry)", async () => {
    // A key endpoint that takes the request and never answers (a black hole): unguarded, each of
    // the callers below would open its own fetch and wait for it with no end.
    const sockets = new Set<Socket>();
    const requests: string[] = [];
    const blackHole = http.createServer((req) => requests.push(req.url ?? ''));
    blackHole.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    try {
      const metadataUrl = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}/.well-known/openid-configuration`;
      guardSigningKeyFetches();
      assert.equal(signingKeyFetchGuarded(), true);
      const extractor = new JwtTokenExtractor({ issuer: [CHANNEL_ISSUER], audience: 'app', algorithms: ['RS256'] }, metadataUrl, ['RS256']);
      const signed = token({ key: signingKey('k1'), claims: channelClaims('app', 'https://service.example/') });
      const results = await withoutSdkConsole(() => Promise.allSettled(Array.from({ length: 20 }, () => extractor.getIdentity('Bearer', signed, ''))));
      assert.deepEqual(requests, ['/.well-known/openid-configuration'], 'one fetch for the 20 callers');
      for (const result of results) {
        assert.equal(result.status, 'rejected');
        assert.ok((result as PromiseRejectedResult).reason instanceof SigningKeysUnavailableError, String((result as PromiseRejectedResult).reason));
      }
      // Right after the failure: refused without another fetch.
      await assert.rejects(
        withoutSdkConsole(() => extractor.getIdentity('Bearer', signed, '')),
        SigningKeysUnavailableError,
      );
      assert.equal(requests.length, 1, 'no fetch while the failure is remembered');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
    }
  });

  it("issue 67 finding 7: the SDK's JWT check (JwtTokenExtractor.getIdentity) checks a token as the side panel calls it: a signed token's claims with a RegExp audience; another key, audience or issuer refused (test/panel/myCases.test.ts shows it at work)", async () => {
    const key = signingKey('panel-key');
    const provider = await startOpenIdProvider([{ key, endorsements: [] }]);
    try {
      const appId = '8f1c2e4a-0000-4000-8000-0000000000aa';
      const oid = '8f1c2e4a-0000-4000-8000-0000000000bb';
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: CHANNEL_ISSUER, aud: `api://botid-${appId}`, oid, nbf: now - 60, iat: now - 60, exp: now + 3600 };
      const extractor = new JwtTokenExtractor(
        { issuer: [CHANNEL_ISSUER], audience: [appId, new RegExp(`^api://(botid-)?${appId}$`)], clockTolerance: 300, algorithms: ['RS256'] },
        provider.metadataUrl,
        ['RS256'],
      );
      const check = (jwt: string): Promise<unknown> => withoutSdkConsole(() => extractor.getIdentity('Bearer', jwt, ''));
      const identity = await withoutSdkConsole(() => extractor.getIdentity('Bearer', token({ key, claims }), ''));
      assert.equal(identity?.isAuthenticated, true);
      assert.equal(identity?.getClaimValue('oid'), oid);
      await assert.rejects(check(token({ key: signingKey('panel-key'), claims })), 'signed by another key under the same kid');
      await assert.rejects(check(token({ key, claims: { ...claims, aud: 'api://botid-someone-else' } })), 'another audience');
      await assert.rejects(check(token({ key, claims: { ...claims, exp: now - 3600, nbf: now - 7200, iat: now - 7200 } })), 'expired');
      assert.equal(await check(token({ key, claims: { ...claims, iss: 'https://elsewhere.example' } })), null, 'another issuer');
    } finally {
      await provider.close();
    }
  });
});
