// Who the team view knows (conversation/team/people.ts), from tables: the person a verified turn is
// in their own chat, none in a shared one; a conversation's key; an item's entry in its tenant's index;
// a person as an item's owner.
import { strict as assert } from 'assert';
import { openItem } from '../../../src/domain/cases';
import {
  conversationKey,
  ownerOfPerson,
  peopleIn,
  personFrom,
  personRef,
  PersonTurn,
  rememberedPerson,
  teamEntryOf,
} from '../../../src/conversation/team/people';
import type { Person } from '../../../src/domain/teamCases';
import type { Viewer } from '../../../src/conversation/team/teamMachine';

const T0 = Date.UTC(2026, 10, 20, 9);
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const reference = { channelId: 'msteams', conversation: { id: 'chat-1' }, activityId: 'act-9', serviceUrl: 'https://smba.trafficmanager.net/emea/' };
const turn = (over: Partial<PersonTurn> = {}): PersonTurn => ({
  from: { id: '29:dana', name: ' Dana ' },
  channelId: 'msteams',
  shared: false,
  reference,
  ...over,
});
const teams: Viewer = { tenantId: TENANT, objectId: 'oid-dana', via: 'teams' };
const signIn: Viewer = { tenantId: TENANT, objectId: 'oid-dana', via: 'signIn', name: 'Dana Signed' };

describe('Team view: who it knows', () => {
  it('notes a verified person in their own chat only, named by the channel else their sign-in, the answered activity left out', () => {
    const { activityId: _a, ...conversation } = reference;
    const key = `aad:${TENANT}:oid-dana`;
    const rows: [string, PersonTurn, Viewer, object | undefined][] = [
      [
        'Teams',
        turn(),
        teams,
        { key, channelId: 'msteams', userId: '29:dana', name: 'Dana', aadObjectId: 'oid-dana', tenantId: TENANT, conversation, locale: 'hu-HU', seenAt: T0 },
      ],
      [
        'Web Chat, signed in',
        turn({ from: { id: 'v1' }, channelId: 'webchat' }),
        signIn,
        { key, channelId: 'webchat', userId: 'v1', name: 'Dana Signed', conversation, locale: 'hu-HU', seenAt: T0 },
      ],
      ['a shared chat', turn({ shared: true }), teams, undefined],
      ['no usable sender', turn({ from: { id: '' } }), teams, undefined],
      ['no sender', turn({ from: undefined }), teams, undefined],
    ];
    for (const [what, t, viewer, expected] of rows) assert.deepEqual(personFrom(t, viewer, 'hu-HU', T0), expected, what);
  });

  it('keys a conversation by its channel and id, and refers to a person by a digest of their key', () => {
    assert.equal(conversationKey(reference), conversationKey({ channelId: 'msteams', conversation: { id: 'chat-1', name: 'x' } }));
    assert.notEqual(conversationKey(reference), conversationKey({ channelId: 'webchat', conversation: { id: 'chat-1' } }));
    assert.notEqual(conversationKey(reference), conversationKey({ channelId: 'msteams', conversation: { id: 'chat-2' } }));
    assert.match(conversationKey({}), /^[0-9a-f]{16}$/);
    assert.match(personRef('aad:t:o'), /^[0-9a-f]{16}$/);
    assert.notEqual(personRef('aad:t:o'), personRef('aad:t:p'));
  });

  it("enters an item in its tenant's index only when its owner's tenant was verified", () => {
    const fields = {
      kind: 'transfer' as const,
      objectId: 'tr-1',
      customer: { tenantId: 'c', name: 'Contoso' },
      owner: { id: '29:dana' },
      locale: 'en-US' as const,
      cardId: 'card',
      conversation: reference,
      shared: false,
    };
    const verified = openItem({ ...fields, teamTenantId: TENANT }, T0, 1000);
    assert.deepEqual(teamEntryOf(verified), { id: verified.id, at: T0, open: true, here: conversationKey(reference) });
    assert.equal(teamEntryOf({ ...verified, status: 'completed' })?.open, false);
    assert.equal(teamEntryOf(openItem(fields, T0, 1000)), undefined);
  });

  it("keeps a person as an item's owner with their Entra identity only when both their tenant and object id were proved", () => {
    const rows: [string, { userId: string; aadObjectId?: string; tenantId?: string }, object][] = [
      ['Teams, proved', { userId: '29:dana', aadObjectId: 'oid-dana', tenantId: TENANT }, { id: '29:dana', aadObjectId: 'oid-dana', tenantId: TENANT }],
      ['Web Chat, no Entra identity', { userId: 'v1' }, { id: 'v1' }],
      ['an object id without its tenant names no one', { userId: '29:dana', aadObjectId: 'oid-dana' }, { id: '29:dana' }],
      ['a tenant without an object id', { userId: '29:dana', tenantId: TENANT }, { id: '29:dana' }],
      ['an empty object id', { userId: '29:dana', aadObjectId: '', tenantId: TENANT }, { id: '29:dana' }],
    ];
    for (const [what, person, expected] of rows) assert.deepEqual(ownerOfPerson(person), expected, what);
  });

  it("reads a tenant's people pages as stored, the most recently seen first, anything else none", () => {
    const person = (key: string, seenAt: number): Person => ({
      key,
      ref: personRef(key),
      channelId: 'msteams',
      userId: `29:${key}`,
      conversation: { conversation: { id: `c-${key}` } },
      locale: 'en-US',
      seenAt,
    });
    const a = person('a', T0);
    const b = person('b', T0 + 2);
    const c = person('c', T0 + 1);
    const rows: [string, unknown[], string[]][] = [
      ['two pages', [[a, b], [c]], ['b', 'c', 'a']],
      ['a page that is no list', [{ people: [a] }, [c]], ['c']],
      ['an entry that is no person', [[a, { key: 'x' }, 'b']], ['a']],
      ['no page', [undefined], []],
    ];
    for (const [name, pages, keys] of rows)
      assert.deepEqual(
        peopleIn(pages).map((p) => p.key),
        keys,
        name,
      );
    assert.deepEqual(rememberedPerson([a, c], 'c'), c);
    assert.equal(rememberedPerson([a, c], 'b'), undefined);
    assert.equal(rememberedPerson(undefined, 'a'), undefined);
  });
});
