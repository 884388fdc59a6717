// The assumptions the host makes about Bot Framework SDK internals (src/hosting/sdkInternals/),
// and about BotState, whose cache the optimistic states replace: an SDK upgrade that breaks one
// fails here.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BotState } from 'botbuilder';
import * as dialogs from 'botbuilder-dialogs';
import {
  ACTIVITY_WIRE_PROPERTIES,
  CONNECTOR_USER_AGENT,
  Dialog,
  DialogSet,
  activityFromBody,
  blobsStorageName,
  guardSigningKeyFetches,
  JwtTokenExtractor,
  signingKeyFetchGuarded,
} from '../../src/hosting/sdkInternals';
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

  it("takes botbuilder-dialogs' Dialog and DialogSet from their own modules: the very classes its index exports", () => {
    assert.equal(Dialog, dialogs.Dialog);
    assert.equal(DialogSet, dialogs.DialogSet);
    assert.equal(Dialog.EndOfTurn, dialogs.Dialog.EndOfTurn);
  });

  it("finds OpenIdMetadata's key fetch (refreshCache) to guard, and guards it (test/reliability/hostileKeys.test.ts shows the effect)", () => {
    guardSigningKeyFetches();
    assert.equal(signingKeyFetchGuarded(), true);
  });

  it("finds the SDK's JWT check (JwtTokenExtractor.getIdentity) the side panel verifies a Teams token with (test/panel/myCases.test.ts shows it at work)", () => {
    assert.equal(typeof JwtTokenExtractor, 'function');
    assert.equal(typeof JwtTokenExtractor.prototype.getIdentity, 'function');
  });
});
