// What the team view's turn decides beside its machine (conversation/team/teamCards.ts), from tables
// written by hand: whether a list goes to the asker only, whether a card replaces the clicked one,
// and the line a hand-over tells an owner.
import { strict as assert } from 'assert';
import { openItem, OpenItem } from '../../../src/domain/cases';
import { catalogFor } from '../../../src/domain/textCatalog';
import { handOverAudit, type TeamClick, type TeamScreen } from '../../../src/conversation/team/teamMachine';
import { handOverLine, teamListsPrivately, teamScreenInPlace } from '../../../src/conversation/team/teamCards';

const T0 = Date.UTC(2026, 10, 20, 9);
const item: OpenItem = openItem(
  {
    kind: 'transfer',
    objectId: 'tr-1',
    customer: { tenantId: 'c', name: 'Contoso' },
    owner: { id: '29:ada', name: 'Ada' },
    locale: 'en-US',
    cardId: 'card',
    conversation: {},
    shared: false,
  },
  T0,
  1000,
);

describe('Team view: the turn around its machine', () => {
  it('lists the team privately only for a list asked from outside a card, by a usable sender, in a shared chat that shows views per user', () => {
    const rows: [string, TeamClick, unknown, boolean, boolean, boolean][] = [
      ['the command in a shared Teams chat', { list: 'team' }, '29:ada', true, true, true],
      ["this conversation's list in a shared Teams chat", { list: 'here' }, '29:ada', true, true, true],
      ["a list card's own refresh answers in place", { list: 'team', inPlace: true }, '29:ada', true, true, false],
      ['a personal chat', { list: 'team' }, '29:ada', false, true, false],
      ['a channel with no views per user (Web Chat)', { list: 'team' }, '29:ada', true, false, false],
      ['a sender without an id', { list: 'team' }, '', true, true, false],
      ['a sender whose id is no string', { list: 'team' }, 42, true, true, false],
      ['a sender whose id is too long to be one', { list: 'team' }, 'x'.repeat(257), true, true, false],
      ['picking a colleague is no list', { pick: 'tr-1', page: 0 }, '29:ada', true, true, false],
      ['a hand-over is no list', { handOver: 'tr-1', to: 'ref' }, '29:ada', true, true, false],
    ];
    for (const [what, click, sender, shared, perUser, expected] of rows) assert.equal(teamListsPrivately(click, sender, shared, perUser), expected, what);
  });

  it("replaces the clicked card only in Teams' invokes, with the people or a list card's own refresh", () => {
    const list = (inPlace?: true): TeamScreen => ({ card: 'team', scope: 'team', items: [item], total: 1, ...(inPlace ? { inPlace } : {}) });
    const people: TeamScreen = { card: 'people', item, people: [], page: 0, more: false };
    const rows: [string, TeamScreen, boolean, boolean, boolean][] = [
      ['the people, clicked in Teams', people, true, true, true],
      ["a list card's refresh, clicked in Teams", list(true), true, true, true],
      ['a list asked from another card', list(), true, true, false],
      ['the people from a Web Chat message', people, false, true, false],
      ['the people where messages cannot be updated', people, true, false, false],
      ['a line is never a card', { line: 'handedOver', name: 'Ben' }, true, true, false],
    ];
    for (const [what, screen, invoke, updates, expected] of rows) assert.equal(teamScreenInPlace(screen, invoke, updates), expected, what);
  });

  it("tells a hand-over in the owner's language, naming the clicker as the channel names them, else as verified, else a colleague", () => {
    type Told = Parameters<typeof handOverLine>[0];
    const told = (say: 'away' | 'to', by: { name?: string }): Told => ({
      item,
      say,
      from: { id: '29:ada', name: 'Ada' },
      to: { id: '29:ben', name: 'Ben' },
      by,
    });
    const rows: [string, Told, string | undefined, string][] = [
      [
        'the old owner, by the name the channel gives the clicker',
        told('away', { name: 'Verified Cy' }),
        'Cy',
        'Cy handed your case Transfer request: Contoso over to Ben. Its follow-ups now go to them.',
      ],
      [
        'the new owner, by the name the clicker was verified with',
        told('to', { name: 'Verified Cy' }),
        undefined,
        "Verified Cy handed you the case Transfer request: Contoso (it was Ada's). Its follow-ups now come to this chat: type my cases to see it.",
      ],
      [
        'a clicker with no name at all',
        told('away', {}),
        undefined,
        'A colleague handed your case Transfer request: Contoso over to Ben. Its follow-ups now go to them.',
      ],
      [
        'an owner with no name',
        { ...told('to', {}), from: { id: '29:ada' } },
        'Cy',
        "Cy handed you the case Transfer request: Contoso (it was A colleague's). Its follow-ups now come to this chat: type my cases to see it.",
      ],
    ];
    for (const [what, t, clicker, expected] of rows) assert.equal(handOverLine(t, clicker, catalogFor('en-US')), expected, what);
    assert.equal(
      handOverLine({ ...told('to', {}), item: { ...item, kind: 'gdapApproval', locale: 'hu-HU' } }, 'Cy', catalogFor('hu-HU')),
      'Cy átadta Önnek ezt az ügyet: GDAP-kérelem: Contoso (korábbi felelőse: Ada). Az értesítései mostantól ebbe a csevegésbe érkeznek: írja be: saját ügyeim, és megjelenik.',
    );
  });

  it('audits a hand-over as the clicker, with the object id the server verified, the customer and the item; an unknown field left out', () => {
    const viewer = { tenantId: 'partner', objectId: 'oid-ada', via: 'teams' as const };
    const rows: [string, string | undefined, string | undefined, Record<string, unknown>][] = [
      [
        'a Teams click in a turn with its correlation id',
        '29:ada',
        'corr-1',
        {
          who: '29:ada',
          signedInObjectId: 'oid-ada',
          customerTenantId: 'c',
          action: 'handOver',
          outcome: 'succeeded',
          resultId: item.id,
          correlationId: 'corr-1',
        },
      ],
      [
        'no correlation id',
        '29:ada',
        undefined,
        { who: '29:ada', signedInObjectId: 'oid-ada', customerTenantId: 'c', action: 'handOver', outcome: 'succeeded', resultId: item.id },
      ],
      [
        'a sender without an id',
        undefined,
        'corr-1',
        { who: '', signedInObjectId: 'oid-ada', customerTenantId: 'c', action: 'handOver', outcome: 'succeeded', resultId: item.id, correlationId: 'corr-1' },
      ],
    ];
    for (const [what, who, correlationId, expected] of rows) assert.deepEqual(handOverAudit({ do: 'audit', item, viewer }, who, correlationId), expected, what);
  });
});
