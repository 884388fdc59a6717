// The ids of processed activities kept in the conversation state: their kept form and the list.
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import { PROCESSED_IDS_KEPT, PROCESSED_IDS_PROPERTY, activityIdKey, rememberProcessed, wasProcessed } from '../../src/conversation/channel/processedActivities';

/** The shape of a Web Chat (Direct Line) activity id: the conversation id and a sequence number. */
const directLineId = (n: number): string => `Kx3Jq7ZbT1wY9fAbCdEfGh-us|${String(n).padStart(7, '0')}`;

describe('Processed activity ids', () => {
  it('keeps every id, short or long, as a key of the same short length', () => {
    const ids = [directLineId(1), '1700000000123', 'f:5a3b1c2d-0000-4000-8000-000000000000', 'x'.repeat(10_000), 'ünïcode id ✓'];
    const keys = ids.map(activityIdKey);
    for (const key of keys) assert.equal(key?.length, 12, String(key));
    assert.ok(
      keys.every((k, i) => !ids[i]!.includes(k!)),
      'no key is the id itself',
    );
  });

  it('gives one id the same key every time and different ids different keys', () => {
    assert.equal(activityIdKey(directLineId(7)), activityIdKey(directLineId(7)));
    const keys = new Set(Array.from({ length: 20_000 }, (_, n) => activityIdKey(directLineId(n))));
    assert.equal(keys.size, 20_000);
  });

  it('keeps the form stored conversations already hold: the first 12 characters of the SHA-256, base64url', () => {
    for (const id of [directLineId(3), '1700000000123', 'ünïcode id ✓']) {
      assert.equal(activityIdKey(id), createHash('sha256').update(id, 'utf8').digest('base64url').slice(0, 12));
    }
  });

  it('has no key for a missing or empty id', () => {
    for (const id of [undefined, null, '', 42, {}]) assert.equal(activityIdKey(id), undefined);
  });

  it(`remembers the last ${PROCESSED_IDS_KEPT} ids, oldest dropped first, each once`, () => {
    const state: Record<string, unknown> = {};
    const key = (n: number): string => activityIdKey(directLineId(n))!;
    for (let n = 0; n < PROCESSED_IDS_KEPT + 10; n += 1) rememberProcessed(state, key(n));
    rememberProcessed(state, key(PROCESSED_IDS_KEPT + 9));
    const kept = state[PROCESSED_IDS_PROPERTY] as string;
    const keys = kept.match(/.{12}/g) ?? [];
    assert.equal(kept.length, PROCESSED_IDS_KEPT * 12);
    assert.equal(new Set(keys).size, PROCESSED_IDS_KEPT);
    assert.equal(keys.at(-1), key(PROCESSED_IDS_KEPT + 9), 'a key seen again is the newest');
    assert.equal(wasProcessed(state, key(9)), false, 'the oldest ten are gone');
    assert.equal(wasProcessed(state, key(10)), true);
    assert.equal(wasProcessed(state, key(PROCESSED_IDS_KEPT + 9)), true);
    // A full list of Web Chat ids as they are would take about 1.8 KB of the state.
    assert.ok(JSON.stringify(kept).length <= PROCESSED_IDS_KEPT * 12 + 2, `${JSON.stringify(kept).length} characters`);
  });

  it('finds a key only where a key starts, never across two of them', () => {
    const state: Record<string, unknown> = { [PROCESSED_IDS_PROPERTY]: 'AAAAAAAAAAAABBBBBBBBBBBB' };
    assert.equal(wasProcessed(state, 'AAAAAAAAAAAA'), true);
    assert.equal(wasProcessed(state, 'AAAAAABBBBBB'), false, 'straddling two keys');
    rememberProcessed(state, 'AAAAAABBBBBB');
    assert.equal(state[PROCESSED_IDS_PROPERTY], 'AAAAAAAAAAAABBBBBBBBBBBBAAAAAABBBBBB');
  });

  it('reads the list conversations saved before (an array of keys) and saves it as one string', () => {
    const state: Record<string, unknown> = { [PROCESSED_IDS_PROPERTY]: ['AAAAAAAAAAAA', 'BBBBBBBBBBBB', 7, 'short'] };
    assert.equal(wasProcessed(state, 'BBBBBBBBBBBB'), true);
    assert.equal(wasProcessed(state, 'CCCCCCCCCCCC'), false);
    rememberProcessed(state, 'AAAAAAAAAAAA');
    assert.equal(state[PROCESSED_IDS_PROPERTY], 'BBBBBBBBBBBBAAAAAAAAAAAA');
    assert.equal(wasProcessed(state, 'AAAAAAAAAAAA'), true);
  });
});
