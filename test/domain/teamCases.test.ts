// The team view's rules from tables (issue 63): what is open, a page of a tenant's items (or one
// conversation's) that reads the same while items come and go, the bounded index, the people an
// item can be handed to (verified in the tenant, seen in the last 30 days, not its owner), and the
// hand-over decided on the item as stored: gone or another tenant's (never told apart), closed, a
// person unknown, stale or of another tenant, already theirs; otherwise the follow-ups move to the
// new owner's own chat and language, and nothing else about the case changes.
import { strict as assert } from 'assert';
import { openItem, OpenItem } from '../../src/domain/cases';
import {
  candidates,
  handOver,
  PEOPLE_KEPT,
  Person,
  personChanged,
  readCursor,
  readEntries,
  readPerson,
  sameEntry,
  TeamEntry,
  teamOpen,
  teamPage,
  withEntry,
  withoutIds,
  withPerson,
} from '../../src/domain/teamCases';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

function item(fields: Partial<OpenItem> = {}): OpenItem {
  return {
    ...openItem(
      {
        kind: 'transfer',
        objectId: 'tr-1',
        teamTenantId: TENANT,
        customer: { tenantId: 'c-1', name: 'Northwind Traders' },
        owner: { id: '29:alex', name: 'Alex Wilber', aadObjectId: 'oid-alex', tenantId: TENANT },
        locale: 'en-US',
        cardId: 'card-1',
        conversation: { channelId: 'msteams', conversation: { id: 'chat-alex' } },
        shared: true,
      },
      T0,
      60_000,
    ),
    ...fields,
  };
}

function person(name: string, fields: Partial<Person> = {}): Person {
  return {
    key: `aad:${TENANT}:oid-${name.toLowerCase()}`,
    ref: `ref${name.toLowerCase()}`.padEnd(16, '0').slice(0, 16),
    name,
    channelId: 'msteams',
    userId: `29:${name.toLowerCase()}`,
    aadObjectId: `oid-${name.toLowerCase()}`,
    tenantId: TENANT,
    conversation: { channelId: 'msteams', conversation: { id: `personal-${name.toLowerCase()}` } },
    locale: 'hu-HU',
    seenAt: T0,
    ...fields,
  };
}

const entry = (id: string, at: number, open = true, here = 'h1'): TeamEntry => ({ id, at, open, here });

describe('issue 63: the team view and hand-over, from tables', () => {
  describe('what is open in the team view', () => {
    const rows: [string, Partial<OpenItem>, boolean][] = [
      ['waiting for the other side', {}, true],
      ['completed', { status: 'completed' }, false],
      ['cancelled', { status: 'cancelled' }, false],
      ['an approved relationship, still followed until it ends', { kind: 'gdapApproval', id: 'gdapApproval:tr-1', status: 'approved' }, true],
      ['an approved relationship whose chat is gone', { kind: 'gdapApproval', id: 'gdapApproval:tr-1', status: 'approved', unreachableAt: T0 }, false],
      ['an ended relationship', { kind: 'gdapApproval', id: 'gdapApproval:tr-1', status: 'terminated' }, false],
    ];
    for (const [name, fields, open] of rows) it(name, () => assert.equal(teamOpen(item(fields)), open));
  });

  describe('a page: newest first, open only, bounded, and stable while items come and go', () => {
    const entries = Array.from({ length: 25 }, (_, i) => entry(`transfer:t${String(i).padStart(2, '0')}`, T0 + i * 1000, i % 5 !== 0, i < 12 ? 'h1' : 'h2'));
    it('the first page: the ten newest open items, how many there are, and where the next starts', () => {
      const page = teamPage(entries, undefined, undefined);
      assert.equal(page.total, 20, 'five of 25 are closed');
      assert.deepEqual(page.ids.slice(0, 3), ['transfer:t24', 'transfer:t23', 'transfer:t22']);
      assert.equal(page.ids.length, 10);
      assert.ok(!page.ids.includes('transfer:t20'), 'no closed item');
      assert.equal(page.next, `${T0 + 13 * 1000}:transfer:t13`, 't20 and t15 are closed, so the tenth is t13');
    });
    it('the next page starts after the last shown, and the last has no next', () => {
      const first = teamPage(entries, undefined, undefined);
      const second = teamPage(entries, undefined, first.next);
      assert.deepEqual(second.ids[0], 'transfer:t12');
      assert.deepEqual(new Set([...first.ids, ...second.ids]).size, 20, 'every open item once');
      assert.equal(second.next, undefined, 'twenty open items: two pages');
    });

    it('a cursor whose item went since starts at the first older one', () => {
      const first = teamPage(entries, undefined, undefined);
      const without = entries.filter((e) => e.id !== 'transfer:t13');
      assert.equal(teamPage(without, undefined, first.next).ids[0], 'transfer:t12');
    });
    it("one conversation's view holds only its items", () => {
      const here = teamPage(entries, 'h2', undefined);
      assert.equal(here.total, 11);
      assert.ok(here.ids.every((id) => Number(id.slice(-2)) >= 12));
    });
    it('a crafted cursor is no cursor', () => {
      assert.equal(readCursor('12:transfer:x'), '12:transfer:x');
      for (const bad of ['x:transfer:y', `1:${'a'.repeat(400)}`, 12, '1:a b']) assert.equal(readCursor(bad), undefined, String(bad));
    });
  });

  describe('the bounded index', () => {
    it('keeps every entry up to the bound, replaces an entry by its id, drops closed then oldest beyond it', () => {
      const full = [entry('a', 1, false), entry('b', 2), entry('c', 3)];
      assert.deepEqual(
        withEntry(full, entry('b', 2, false), 5).map((e) => [e.id, e.open]),
        [
          ['a', false],
          ['c', true],
          ['b', false],
        ],
      );
      assert.deepEqual(
        withEntry(full, entry('d', 4), 3).map((e) => e.id),
        ['b', 'c', 'd'],
        'the closed one goes first',
      );
      assert.deepEqual(
        withEntry([entry('b', 2), entry('c', 3)], entry('d', 4), 2).map((e) => e.id),
        ['c', 'd'],
        'then the oldest',
      );
    });
    it('reads back only well-formed entries', () => {
      assert.deepEqual(readEntries([entry('a', 1), { id: 'b' }, 'x', { id: 7, at: 1, open: true, here: 'h' }]), [entry('a', 1)]);
      assert.deepEqual(readEntries('junk'), []);
    });
  });

  describe('the people an item can be handed to', () => {
    const owner = item();
    const ownerKeys = ['user:msteams:29:alex', `aad:${TENANT}:oid-alex`];
    it('verified in the tenant, seen in the last 30 days, never its owner, by name', () => {
      const people = [person('Megan'), person('Alex'), person('Dana', { seenAt: T0 - 31 * DAY }), person('Lee', { name: undefined as never })];
      assert.deepEqual(
        candidates(people, ownerKeys, T0 + DAY).map((p) => p.userId),
        ['29:lee', '29:megan'],
      );
      void owner;
    });
    it('the directory keeps the most recently seen, one entry a person, bounded', () => {
      let list: Person[] = [];
      for (let i = 0; i < PEOPLE_KEPT + 5; i++) list = withPerson(list, person(`P${i}`, { seenAt: T0 + i }));
      list = withPerson(list, person('P104', { seenAt: T0 + 1000 }));
      assert.equal(list.length, PEOPLE_KEPT);
      assert.equal(list[0]!.name, 'P104');
      assert.equal(list.filter((p) => p.name === 'P104').length, 1);
    });
    it('writes a person again only when their chat, name or language changed, or a day went by', () => {
      const kept = person('Megan');
      assert.equal(personChanged(undefined, kept), true);
      assert.equal(personChanged(kept, { ...kept, seenAt: T0 + 60_000 }), false);
      assert.equal(personChanged(kept, { ...kept, seenAt: T0 + DAY }), true);
      assert.equal(personChanged(kept, { ...kept, conversation: { channelId: 'msteams', conversation: { id: 'another' } } }), true);
      assert.equal(personChanged(kept, { ...kept, locale: 'en-US' }), true);
    });
    it('reads back only a well-formed person', () => {
      assert.deepEqual(readPerson(JSON.parse(JSON.stringify(person('Megan')))), person('Megan'));
      assert.equal(readPerson({ ...person('Megan'), locale: 'xx-XX' }), undefined);
      assert.equal(readPerson({ ...person('Megan'), conversation: 'here' }), undefined);
    });
  });

  describe('a hand-over, decided on the item as stored', () => {
    const megan = person('Megan');
    const rows: [string, OpenItem | undefined, string, Person | undefined, number, ReturnType<typeof handOver> | 'handed'][] = [
      ['no such item', undefined, TENANT, megan, T0, { refuse: 'gone' }],
      ["another tenant's item: told as one gone", item({ teamTenantId: OTHER_TENANT }), TENANT, megan, T0, { refuse: 'gone' }],
      ['an item whose owner was never verified (no team tenant)', item({ teamTenantId: undefined }), TENANT, megan, T0, { refuse: 'gone' }],
      ['a closed item', item({ status: 'completed' }), TENANT, megan, T0, { refuse: 'closed' }],
      ['nobody named', item(), TENANT, undefined, T0, { refuse: 'noSuchPerson' }],
      ['a person not seen for 31 days', item(), TENANT, megan, T0 + 31 * DAY, { refuse: 'noSuchPerson' }],
      ["a person of another tenant's directory", item(), TENANT, { ...megan, key: `aad:${OTHER_TENANT}:oid-megan` }, T0, { refuse: 'noSuchPerson' }],
      [
        'already theirs (a double click)',
        item({ owner: { id: '29:megan' }, conversation: { channelId: 'msteams' } }),
        TENANT,
        megan,
        T0,
        { refuse: 'already' },
      ],
      ['a colleague of the tenant: handed', item(), TENANT, megan, T0 + DAY, 'handed'],
    ];
    for (const [name, stored, tenant, to, now, expected] of rows)
      it(name, () => {
        const decided = handOver(stored, tenant, to, now);
        if (expected !== 'handed') return assert.deepEqual(decided, expected);
        assert.ok('item' in decided);
        const after = decided.item;
        assert.deepEqual(after.owner, { id: '29:megan', name: 'Megan', aadObjectId: 'oid-megan', tenantId: TENANT });
        assert.deepEqual(after.conversation, megan.conversation, "its follow-ups go to the new owner's own chat");
        assert.equal(after.shared, false);
        assert.equal(after.locale, 'hu-HU', 'in their language');
        const { owner: _o, conversation: _c, shared: _s, locale: _l, ...rest } = after;
        const { owner: _o2, conversation: _c2, shared: _s2, locale: _l2, ...before } = stored!;
        assert.deepEqual(rest, before, 'nothing else about the case changes');
      });
    it("a Web Chat colleague (verified by their sign-in) is listed under their channel's user only", () => {
      const visitor = person('Visitor', { channelId: 'webchat', userId: 'dl_visitor', aadObjectId: undefined as never, tenantId: undefined as never });
      const { aadObjectId: _a, tenantId: _t, ...plain } = visitor;
      const decided = handOver(item(), TENANT, plain as Person, T0);
      assert.ok('item' in decided);
      assert.deepEqual(decided.item.owner, { id: 'dl_visitor', name: 'Visitor' });
    });
  });

  describe('the rules at their edges (each check named, each bound met exactly)', () => {
    it('an entry is the same only when its id, start, state and conversation all are', () => {
      const a = entry('a', 1, true, 'h1');
      assert.equal(sameEntry(a, { ...a }), true);
      assert.equal(sameEntry(undefined, undefined), true, 'no entry before, none now');
      assert.equal(sameEntry(undefined, a), false, 'a new entry is written');
      for (const changed of [{ id: 'b' }, { at: 2 }, { open: false }, { here: 'h2' }])
        assert.equal(sameEntry(a, { ...a, ...changed }), false, JSON.stringify(changed));
    });
    it('takes the named entries out of the index, and only them', () => {
      assert.deepEqual(
        withoutIds([entry('a', 1), entry('b', 2), entry('c', 3)], ['a', 'c', 'x']).map((e) => e.id),
        ['b'],
      );
    });
    it('beyond the bound drops a closed entry before an older open one, and the oldest of each first, whatever their order in the index', () => {
      assert.deepEqual(
        withEntry([entry('a', 1), entry('b', 2, false), entry('c', 3)], entry('d', 4), 3).map((e) => e.id),
        ['a', 'c', 'd'],
        'the closed entry goes though an open one is older',
      );
      assert.deepEqual(
        withEntry([entry('late', 5, false), entry('early', 1, false), entry('mid', 3, false)], entry('d', 6), 3).map((e) => e.id),
        ['late', 'mid', 'd'],
        'of the closed ones, the oldest',
      );
      assert.deepEqual(
        withEntry([entry('c', 3), entry('x', 5, false), entry('a', 1)], entry('d', 6), 2).map((e) => e.id),
        ['c', 'd'],
        'the closed one, then the oldest open one',
      );
    });
    it('reads back an id of 300 characters and none longer, a conversation key cut to 64, and nothing from null or a number', () => {
      const long = 'i'.repeat(300);
      assert.deepEqual(
        readEntries([entry(long, 1), entry(`${long}x`, 2), null, 7, { ...entry('b', 3), here: 'k'.repeat(100) }]).map((e) => [e.id.length, e.here.length]),
        [
          [300, 2],
          [1, 64],
        ],
      );
    });
    it('pages items started in the same millisecond by id, each once, even when the cursor’s item has gone since', () => {
      const same = [entry('c', 10), entry('a', 10), entry('b', 10), entry('z', 9)];
      const first = teamPage(same, undefined, undefined, 1);
      assert.deepEqual([first.ids, first.next], [['a'], '10:a']);
      assert.deepEqual(teamPage(same, undefined, first.next, 1).ids, ['b'], 'the cursor’s item is there');
      const gone = same.filter((e) => e.id !== 'a');
      assert.deepEqual(teamPage(gone, undefined, first.next, 1).ids, ['b'], 'the cursor’s item has gone: the next in order, not the first older one');
      assert.deepEqual(teamPage(gone, undefined, '10:b', 2).ids, ['c', 'z']);
    });
    it('a page after a cursor newer than every item starts at the first, and one older than every item is empty', () => {
      const list = [entry('a', 10), entry('b', 9)];
      assert.deepEqual(teamPage(list, undefined, '11:x').ids, ['a', 'b']);
      assert.deepEqual(teamPage(list, undefined, '8:x'), { ids: [], total: 2 });
      assert.deepEqual(teamPage(list, undefined, 'junk').ids, ['a', 'b'], 'no cursor: the first page');
    });
    it('reads a person’s texts only when not empty and within their bounds (a key of 200 characters, none longer), and only as text', () => {
      const megan = JSON.parse(JSON.stringify(person('Megan'))) as Record<string, unknown>;
      assert.equal(readPerson({ ...megan, key: 'k'.repeat(200) })?.key.length, 200);
      for (const key of ['', 'k'.repeat(201), ['aad:x'], 7]) assert.equal(readPerson({ ...megan, key }), undefined, JSON.stringify(key));
    });
    it('writes a person again when only their name changed', () => {
      const kept = person('Megan');
      assert.equal(personChanged(kept, { ...kept, name: 'Megan Bowen' }), true);
    });
    it('keeps the directory in order of when each was seen, not of who came last, and bounded by that order', () => {
      const b = person('B', { seenAt: T0 + 5 });
      const a = person('A', { seenAt: T0 + 3 });
      const c = person('C', { seenAt: T0 + 4 });
      assert.deepEqual(
        withPerson([b, a], c).map((p) => p.name),
        ['B', 'C', 'A'],
      );
      assert.deepEqual(
        withPerson([b, a], c, 2).map((p) => p.name),
        ['B', 'C'],
      );
    });
    it('orders people of the same name by their key, and hands an item to someone seen exactly 30 days ago', () => {
      const later = person('Sam', { key: `aad:${TENANT}:oid-sam-b`, userId: '29:sam-b' });
      const earlier = person('Sam', { key: `aad:${TENANT}:oid-sam-a`, userId: '29:sam-a' });
      assert.deepEqual(
        candidates([later, earlier], [], T0).map((p) => p.userId),
        ['29:sam-a', '29:sam-b'],
      );
      assert.ok('item' in handOver(item(), TENANT, person('Megan'), T0 + 30 * DAY));
    });
    it('hands over Entra ids only as a pair, and to the same user id on another channel', () => {
      const { tenantId: _t, ...halfProven } = person('Megan');
      const decided = handOver(item(), TENANT, halfProven as Person, T0);
      assert.ok('item' in decided);
      assert.deepEqual(decided.item.owner, { id: '29:megan', name: 'Megan' });
      const elsewhere = handOver(item({ owner: { id: '29:megan' }, conversation: { channelId: 'webchat' } }), TENANT, person('Megan'), T0);
      assert.ok('item' in elsewhere, 'not the same chat: not already theirs');
    });
    it('lists a person found twice once, and one seen exactly 30 days ago', () => {
      const megan = person('Megan');
      assert.deepEqual(
        candidates([megan, { ...megan }, person('Lee', { seenAt: T0 - 30 * DAY })], [], T0).map((p) => p.name),
        ['Lee', 'Megan'],
      );
    });
  });
});
