// The team view and hand-over as a machine, from a table of transitions (issue 63): every click
// first asks who the clicker is as the server verified them (nobody verified sees nothing); a page
// of the tenant's open items (or this conversation's), entries whose item went pruned, never shown;
// another tenant's item answered as gone; the colleagues an item can go to, a page at a time; the
// hand-over decided in the store's conditional write, a double click or a stale card answered with
// what is true now, the owner's bound kept, and on success the owners' lists moved, both told and
// one audit record.
import { strict as assert } from 'assert';
import { openItem, OpenItem } from '../../../src/domain/cases';
import type { Person, TeamEntry } from '../../../src/domain/teamCases';
import { TeamContext, TeamEffect, TeamEvent, TeamState, Viewer, step } from '../../../src/conversation/team/teamMachine';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const VIEWER: Viewer = { tenantId: TENANT, objectId: 'oid-dana', via: 'teams' };
const CTX: TeamContext = { now: T0, here: 'here-1', ownerKeys: (i) => [`user:msteams:${i.owner.id}`], openLimit: 50 };

function item(id: string, fields: Partial<OpenItem> = {}): OpenItem {
  return {
    ...openItem(
      {
        kind: 'transfer',
        objectId: id,
        teamTenantId: TENANT,
        customer: { tenantId: 'c-1', name: 'Northwind Traders' },
        owner: { id: '29:alex', name: 'Alex Wilber' },
        locale: 'en-US',
        cardId: 'card-1',
        conversation: { channelId: 'msteams', conversation: { id: 'chat-alex' } },
        shared: false,
      },
      T0,
      60_000,
    ),
    ...fields,
  };
}
const megan: Person = {
  key: `aad:${TENANT}:oid-megan`,
  ref: '0123456789abcdef',
  name: 'Megan Bowen',
  channelId: 'msteams',
  userId: '29:megan',
  conversation: { channelId: 'msteams', conversation: { id: 'personal-megan' } },
  locale: 'en-US',
  seenAt: T0,
};
const alexPerson: Person = { ...megan, key: `aad:${TENANT}:oid-alex`, ref: 'aaaaaaaaaaaaaaaa', name: 'Alex Wilber', userId: '29:alex' };
const entry = (id: string, at = T0, here = 'here-1', open = true): TeamEntry => ({ id, at, open, here });
const line = (say: string, extra: object = {}): TeamEffect => ({ do: 'show', screen: { line: say, ...extra } as never });
const I1 = item('t1');
const handed = { ...I1, owner: { id: '29:megan', name: 'Megan Bowen' }, conversation: megan.conversation };

interface Row {
  name: string;
  state: TeamState;
  event: TeamEvent;
  ctx?: Partial<TeamContext>;
  effects: TeamEffect[];
  next?: Partial<TeamState>;
}

const list: TeamState = { click: { list: 'team' } };
const listed: TeamState = { ...list, viewer: VIEWER };
const pick: TeamState = { click: { pick: 'transfer:t1', page: 0 }, viewer: VIEWER };
const give: TeamState = { click: { handOver: 'transfer:t1', to: megan.ref }, viewer: VIEWER };

const ROWS: Row[] = [
  { name: 'any click first asks who clicked', state: list, event: { on: 'click' }, effects: [{ do: 'identify' }] },
  { name: 'nobody the server verified: refused, nothing read', state: list, event: { on: 'viewer', viewer: undefined }, effects: [line('unverified')] },
  {
    name: 'verified: noted in their tenant, its index read',
    state: list,
    event: { on: 'viewer', viewer: VIEWER },
    effects: [
      { do: 'remember', viewer: VIEWER },
      { do: 'readEntries', tenantId: TENANT },
    ],
    next: { viewer: VIEWER },
  },
  {
    name: 'an answer with no verified viewer (out of order) is refused',
    state: list,
    event: { on: 'entries', entries: [] },
    effects: [line('unverified')],
  },
  {
    name: 'the page of open items is read',
    state: listed,
    event: { on: 'entries', entries: [entry('transfer:t1'), entry('transfer:t2', T0 + 1), entry('transfer:t3', T0 + 2, 'here-1', false)] },
    effects: [{ do: 'readItems', ids: ['transfer:t2', 'transfer:t1'] }],
    next: { page: { ids: ['transfer:t2', 'transfer:t1'], total: 2 } },
  },
  {
    name: "this conversation's view reads only its items",
    state: { click: { list: 'here' }, viewer: VIEWER },
    event: { on: 'entries', entries: [entry('transfer:t1'), entry('transfer:t2', T0 + 1, 'elsewhere')] },
    effects: [{ do: 'readItems', ids: ['transfer:t1'] }],
    next: { page: { ids: ['transfer:t1'], total: 1 } },
  },
  {
    name: 'no open item: an empty view, nothing else read',
    state: listed,
    event: { on: 'entries', entries: [] },
    effects: [{ do: 'show', screen: { card: 'team', scope: 'team', items: [], total: 0 } }],
  },
  {
    name: "items shown; one gone since and another tenant's (a tampered entry) are pruned, never shown",
    state: { ...listed, page: { ids: ['transfer:t1', 'transfer:t2', 'transfer:t3'], total: 3 } },
    event: { on: 'items', items: [I1, item('t3', { teamTenantId: 'another' })] },
    effects: [
      { do: 'prune', tenantId: TENANT, ids: ['transfer:t2', 'transfer:t3'] },
      { do: 'show', screen: { card: 'team', scope: 'team', items: [I1], total: 3 } },
    ],
  },
  {
    name: 'a page with more after it says where the next starts',
    state: { click: { list: 'team', inPlace: true }, viewer: VIEWER, page: { ids: ['transfer:t1'], total: 12, next: `${T0}:transfer:t1` } },
    event: { on: 'items', items: [I1] },
    effects: [{ do: 'show', screen: { card: 'team', scope: 'team', items: [I1], total: 12, next: `${T0}:transfer:t1`, inPlace: true } }],
  },
  // Hand over: the people.
  {
    name: 'Hand over: the item read first',
    state: { click: pick.click },
    event: { on: 'viewer', viewer: VIEWER },
    effects: [{ do: 'readItem', id: 'transfer:t1' }],
    next: { viewer: VIEWER },
  },
  { name: 'Hand over on an item gone since (a stale card)', state: pick, event: { on: 'item', item: undefined }, effects: [line('gone')] },
  {
    name: "Hand over on another tenant's item: told as gone",
    state: pick,
    event: { on: 'item', item: item('t1', { teamTenantId: 'another' }) },
    effects: [line('gone')],
  },
  { name: 'Hand over on a closed item', state: pick, event: { on: 'item', item: item('t1', { status: 'completed' }) }, effects: [line('closed')] },
  {
    name: 'Hand over on an open item: the people read',
    state: pick,
    event: { on: 'item', item: I1 },
    effects: [{ do: 'readPeople', tenantId: TENANT }],
    next: { item: I1 },
  },
  {
    name: 'the people who can take it: never its owner',
    state: { ...pick, item: I1 },
    event: { on: 'people', people: [alexPerson, megan] },
    effects: [{ do: 'show', screen: { card: 'people', item: I1, people: [megan], page: 0, more: false } }],
  },
  { name: 'nobody but its owner: said so', state: { ...pick, item: I1 }, event: { on: 'people', people: [alexPerson] }, effects: [line('nobody')] },
  {
    name: 'a page of people past the last is the last',
    state: { click: { pick: 'transfer:t1', page: 9 }, viewer: VIEWER, item: I1 },
    event: { on: 'people', people: [megan] },
    effects: [{ do: 'show', screen: { card: 'people', item: I1, people: [megan], page: 0, more: false } }],
  },
  // Hand over: the deed.
  {
    name: 'the hand-over reads the tenant’s people',
    state: { click: give.click },
    event: { on: 'viewer', viewer: VIEWER },
    effects: [{ do: 'readPeople', tenantId: TENANT }],
    next: { viewer: VIEWER },
  },
  {
    name: 'a person not among them (crafted, or of another tenant)',
    state: give,
    event: { on: 'people', people: [alexPerson] },
    effects: [line('noSuchPerson')],
  },
  {
    name: 'a person not seen for 31 days',
    state: give,
    event: { on: 'people', people: [{ ...megan, seenAt: T0 - 31 * 86_400_000 }] },
    effects: [line('noSuchPerson')],
  },
  {
    name: 'the person found: their open items counted',
    state: give,
    event: { on: 'people', people: [megan] },
    effects: [{ do: 'countOpen', person: megan }],
    next: { target: megan },
  },
  {
    name: 'at their bound: refused, naming it',
    state: { ...give, target: megan },
    event: { on: 'openCount', count: 50 },
    effects: [line('full', { name: 'Megan Bowen', limit: 50 })],
  },
  {
    name: 'under their bound: the store decides on the item as stored',
    state: { ...give, target: megan },
    event: { on: 'openCount', count: 49 },
    effects: [{ do: 'handOver', id: 'transfer:t1', tenantId: TENANT, to: megan }],
  },
  {
    name: 'already theirs (a double click, or another instance first): said, nothing told twice',
    state: { ...give, target: megan },
    event: { on: 'handedOver', result: { refuse: 'already' } },
    effects: [line('already', { name: 'Megan Bowen' })],
  },
  {
    name: 'closed meanwhile',
    state: { ...give, target: megan },
    event: { on: 'handedOver', result: { refuse: 'closed' } },
    effects: [line('closed', { name: 'Megan Bowen' })],
  },
  {
    name: 'handed: the owners’ lists moved, both told, one audit record, the clicker answered',
    state: { ...give, target: megan },
    event: { on: 'handedOver', result: { before: I1, after: handed } },
    effects: [
      { do: 'moveOwner', before: I1, after: handed },
      { do: 'tell', item: I1, say: 'away', from: I1.owner, to: handed.owner, by: VIEWER },
      { do: 'tell', item: handed, say: 'to', from: I1.owner, to: handed.owner, by: VIEWER },
      { do: 'audit', item: handed, viewer: VIEWER },
      line('handedOver', { name: 'Megan Bowen' }),
    ],
  },
  { name: 'an answer that belongs to another click does nothing', state: give, event: { on: 'entries', entries: [] }, effects: [line('gone')] },
];

describe('issue 63: the team view and hand-over (the machine, from a table)', () => {
  for (const row of ROWS)
    it(row.name, () => {
      const out = step(row.state, row.event, { ...CTX, ...row.ctx });
      assert.deepEqual(out.effects, row.effects);
      if (row.next) for (const [k, v] of Object.entries(row.next)) assert.deepEqual((out.state as unknown as Record<string, unknown>)[k], v, k);
    });
});
