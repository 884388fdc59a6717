// Where the open items' documents are kept (conversation/followUps/caseKeys.ts), from tables
// written by hand: each key's form, pinned against SHA-256 computed here (a changed key orphans
// stored data), a tenant named alike in any case, and ids spread over the shards, always alike.
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import {
  inboxKey,
  inviteKey,
  itemKey,
  leaseKey,
  ownerListKey,
  peopleKey,
  peopleShardOf,
  scheduleKey,
  scheduleShardOf,
  seenKey,
  teamPageKey,
} from '../../../src/conversation/followUps/caseKeys';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const TENANT = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';

describe('Follow-ups: where the open items are kept', () => {
  it('keys each document by a 40-digit SHA-256 of what it names', () => {
    const rows: [string, string, string][] = [
      ['an item', itemKey('gdapApproval:rel-1'), `cases/item/${sha('gdapApproval:rel-1').slice(0, 40)}`],
      ["an owner's list", ownerListKey('user:msteams:29:alex'), `cases/owner/${sha('user:msteams:29:alex').slice(0, 40)}`],
      ['a schedule shard', scheduleKey(7), 'cases/shard/7'],
      ['a lease', leaseKey('poller'), 'cases/lease/poller'],
      ['an events inbox shard', inboxKey(5), 'cases/inbox/5'],
      ['a shard of the events delivered', seenKey(5), 'cases/seen/5'],
      ['an invitation index', inviteKey(TENANT, 'tenant:c-1'), `cases/invite/${sha(`${TENANT.toLowerCase()}|tenant:c-1`).slice(0, 40)}`],
      ['an invitation index, no tenant', inviteKey(undefined, 'domain:contoso.com'), `cases/invite/${sha('|domain:contoso.com').slice(0, 40)}`],
      ['a team page', teamPageKey(TENANT, 3), `cases/team/${sha(`team|${TENANT.toLowerCase()}`).slice(0, 40)}/3`],
      ['a people page', peopleKey(TENANT, 1), `cases/people/${sha(`people|${TENANT.toLowerCase()}`).slice(0, 40)}/1`],
    ];
    for (const [name, key, expected] of rows) assert.equal(key, expected, name);
  });

  it('names a tenant alike in any case, and two tenants apart', () => {
    assert.equal(teamPageKey(TENANT, 0), teamPageKey(TENANT.toLowerCase(), 0));
    assert.equal(peopleKey(TENANT, 0), peopleKey(TENANT.toLowerCase(), 0));
    assert.equal(inviteKey(TENANT, 'k'), inviteKey(TENANT.toLowerCase(), 'k'));
    assert.notEqual(teamPageKey(TENANT, 0), teamPageKey('other', 0));
    assert.notEqual(teamPageKey(TENANT, 0), peopleKey(TENANT, 0), 'the team pages and the people are apart');
  });

  it('puts an id in the shard its digest names, the same each time, every shard used', () => {
    const rows: [string, number][] = [
      ['gdapApproval:rel-1', 32],
      ['transfer:t-9', 32],
      ['resellerAcceptance:card-1', 5],
    ];
    for (const [id, shards] of rows) assert.equal(scheduleShardOf(id, shards), parseInt(sha(id).slice(0, 8), 16) % shards, id);
    const used = new Set(Array.from({ length: 400 }, (_, n) => scheduleShardOf(`id-${n}`, 32)));
    assert.equal(used.size, 32);
    const people = new Set(Array.from({ length: 100 }, (_, n) => peopleShardOf(`aad:t:o-${n}`)));
    assert.deepEqual([...people].sort(), [0, 1, 2, 3]);
  });
});
