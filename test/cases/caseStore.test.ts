// The open items' store on the two state stores the bot runs on: the in-memory one and Blob (in
// Azurite, with real eTag conditions). Two stores on one Azurite container stand for two instances:
// a change applied by both at once is applied once (one of them learns it earned the message), a
// lease has one holder at a time, and an owner lists only their own items, newest first.
import { strict as assert } from 'assert';
import { Storage } from 'botbuilder';
import { applyChange, openItem, OpenItem } from '../../src/domain/cases';
import { CaseStore, NotFollowedError, ownerKeys } from '../../src/hosting/cases/caseStore';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { BlobStateStorage } from '../../src/hosting/state/blobStorage';
import { conditional } from '../../src/hosting/state/stateStorage';
import { azurite } from '../support/azurite';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

function newItem(n: number, owner = '29:owner', kind: OpenItem['kind'] = 'gdapApproval'): OpenItem {
  return openItem(
    {
      kind,
      objectId: `rel-${n}`,
      customer: { tenantId: `tenant-${n}`, name: `Customer ${n}` },
      owner: { id: owner },
      locale: 'en-US',
      cardId: `card-${n}`,
      conversation: { conversation: { id: 'a:1' } },
      shared: false,
    },
    T0 + n,
    60_000,
  );
}

function behaves(name: string, make: () => Promise<[Storage, Storage]>): void {
  describe(`Open items store (${name})`, function () {
    this.timeout(60_000);
    let one: CaseStore;
    let two: CaseStore;

    beforeEach(async () => {
      const [a, b] = await make();
      one = new CaseStore({ storage: conditional(a), shards: 4 });
      two = new CaseStore({ storage: conditional(b), shards: 4 });
    });

    it('keeps an item once and reads it back', async () => {
      const item = newItem(1);
      assert.equal(await one.add(item, ownerKeys(item.owner, 'msteams')), true);
      assert.equal(await two.add(item, ownerKeys(item.owner, 'msteams')), false);
      assert.deepEqual(await two.get(item.id), item);
      assert.equal(await one.get('gdapApproval:nothing'), undefined);
    });

    it('lists an owner their own items only, newest first', async () => {
      for (let n = 1; n <= 3; n++) await one.add(newItem(n), ownerKeys({ id: '29:owner' }, 'msteams'));
      await one.add(newItem(4, '29:other'), ownerKeys({ id: '29:other' }, 'msteams'));
      const mine = await two.listFor(ownerKeys({ id: '29:owner' }, 'msteams'));
      assert.deepEqual(
        mine.map((i) => i.objectId),
        ['rel-3', 'rel-2', 'rel-1'],
      );
      const theirs = await two.listFor(ownerKeys({ id: '29:other' }, 'msteams'));
      assert.deepEqual(
        theirs.map((i) => i.objectId),
        ['rel-4'],
      );
      assert.deepEqual(await two.listFor(ownerKeys({ id: '29:owner' }, 'webchat')), [], 'another channel is another user');
    });

    it('lists by tenant and Entra object id too, so the side panel finds what Teams kept', async () => {
      const owner = { id: '29:owner', aadObjectId: 'AAAAAAAA-1111-4111-8111-000000000001', tenantId: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' };
      await one.add({ ...newItem(5), owner }, ownerKeys(owner, 'msteams'));
      const listed = await two.listFor([`aad:${owner.tenantId.toLowerCase()}:${owner.aadObjectId.toLowerCase()}`]);
      assert.deepEqual(
        listed.map((i) => i.objectId),
        ['rel-5'],
      );
    });

    it('applies a change both instances get at once exactly once', async () => {
      const item = newItem(6);
      await one.add(item, ownerKeys(item.owner, 'msteams'));
      const earn = (i: OpenItem) => {
        const r = applyChange(i, 'approved', T0 + 10);
        return r.followUp ? r.item : undefined;
      };
      const results = await Promise.all([one.update(item.id, earn), two.update(item.id, earn), one.update(item.id, earn), two.update(item.id, earn)]);
      assert.equal(results.filter((r) => r !== undefined).length, 1);
      assert.equal((await one.get(item.id))!.status, 'approved');
    });

    it('schedules every live item in its shard and forgets one', async () => {
      const items = [7, 8, 9, 10, 11, 12].map((n) => newItem(n));
      await Promise.all(items.map((i) => one.add(i, ownerKeys(i.owner, 'msteams'))));
      const all = (await Promise.all([0, 1, 2, 3].map((s) => two.scheduled(s)))).flat();
      assert.deepEqual(all.map((s) => s.id).sort(), items.map((i) => i.id).sort());
      assert.ok(all.every((s) => s.nextPollAt === T0 + 60_000 + Number(s.id.split('-')[1]) && s.dueAt > 0));
      await two.forget(items[0]!.id);
      const left = (await Promise.all([0, 1, 2, 3].map((s) => one.scheduled(s)))).flat();
      assert.equal(left.length, 5);
      assert.equal(await one.get(items[0]!.id), undefined);
    });

    it('gives a lease to one holder at a time, and to another once it ran out', async () => {
      const taken = await Promise.all([one.lease('poller', 'a', 30_000, T0), two.lease('poller', 'b', 30_000, T0)]);
      assert.equal(taken.filter(Boolean).length, 1);
      const holder = taken[0] ? 'a' : 'b';
      const other = holder === 'a' ? 'b' : 'a';
      assert.equal(await two.lease('poller', other, 30_000, T0 + 1_000), false);
      assert.equal(await one.lease('poller', holder, 30_000, T0 + 1_000), true, 'renewed');
      assert.equal(await two.lease('poller', other, 30_000, T0 + 31_001), true, 'ran out');
    });
  });
}

behaves('memory', async () => {
  const shared = new InMemoryStateStorage();
  return [shared, shared];
});

behaves('Blob, two instances in Azurite', async () => {
  const az = await azurite();
  const container = az.container('cases');
  const a = new BlobStateStorage(az.connectionString, container);
  await a.ensureContainer();
  return [a, new BlobStateStorage(az.connectionString, container)];
});

describe('Open items store bounds', () => {
  it('forgets items whose time has come; a full shard refuses a new item and drops none of the others', async () => {
    const store = new CaseStore({ storage: conditional(new InMemoryStateStorage()), shards: 1, shardLimit: 3 });
    for (let n = 1; n <= 3; n++) await store.add(newItem(n), ownerKeys({ id: '29:owner' }, 'msteams'));
    await assert.rejects(store.add(newItem(4), ownerKeys({ id: '29:owner' }, 'msteams')), NotFollowedError);
    const kept = await store.scheduled(0);
    assert.deepEqual(kept.map((s) => s.id).sort(), ['gdapApproval:rel-1', 'gdapApproval:rel-2', 'gdapApproval:rel-3']);
    assert.equal(await store.get('gdapApproval:rel-4'), undefined, 'the refused one is not kept');
    assert.equal((await store.listFor(ownerKeys({ id: '29:owner' }, 'msteams'))).length, 3, 'nor listed');
    const first = Math.min(...kept.map((s) => s.forgetAt));
    const last = Math.max(...kept.map((s) => s.forgetAt));
    assert.equal(await store.sweep(first - 1), 0);
    assert.equal(await store.sweep(last), 3);
    assert.deepEqual(await store.scheduled(0), []);
    assert.deepEqual(await store.listFor(ownerKeys({ id: '29:owner' }, 'msteams')), []);
  });
});
