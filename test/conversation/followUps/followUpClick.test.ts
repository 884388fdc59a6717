// What a follow-up button does, from a table: only the item's owner acts on it (anyone else is told
// whose it is); a click on an item gone since says so; Assign access only on an approved GDAP
// item; a new request starts from the item's customer (a transfer's Start again opens a transfer);
// a retried invoke opens nothing twice; the reminder buttons say what they did.
import { strict as assert } from 'assert';
import { ClickDecision, ClickFacts, decideFollowUpClick, reminderLine } from '../../../src/conversation/followUps/followUpClick';
import type { FollowUpClick, FollowUpStep } from '../../../src/conversation/followUps/followUpCards';
import { openItem, OpenItem } from '../../../src/domain/cases';
import { catalogFor } from '../../../src/domain/textCatalog';

const c = catalogFor('en-US');
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const GONE = "This case is closed or no longer kept: there's nothing more to do from this card.";
const OPENED = 'The next step is in the card below.';

function item(kind: OpenItem['kind'], fields: Partial<OpenItem> = {}, ownerName: string | null = 'Alex Wilber'): OpenItem {
  const made = openItem(
    {
      kind,
      objectId: 'obj-1',
      customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso', domain: 'contoso.com' },
      owner: ownerName ? { id: '29:owner', name: ownerName } : { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card-7',
      conversation: {},
      shared: false,
    },
    T0,
    300_000,
  );
  return { ...made, ...fields };
}

const owner: ClickFacts = { from: '29:owner', canAssign: true, canOpen: true, replayed: false };
const click = (step: FollowUpStep, of = 'gdapApproval:obj-1'): FollowUpClick => ({ item: of, step });
const assign = { assign: { action: 'partnerCenter', kind: 'requestGdap', step: 'assign', card: 'card-7' } } as const;

describe('A click on a follow-up button', () => {
  const approved = item('gdapApproval', { status: 'approved' });
  const rows: [string, FollowUpClick | undefined, OpenItem | undefined, ClickFacts, ClickDecision][] = [
    ['an unreadable click', undefined, approved, owner, { line: GONE }],
    ['an item gone since', click('assign'), undefined, owner, { line: GONE }],
    [
      'someone else, the owner named',
      click('assign'),
      approved,
      { ...owner, from: '29:other' },
      { line: "This follow-up is Alex Wilber's: only they can act on it." },
    ],
    [
      'someone else, the owner unnamed',
      click('stopReminding'),
      item('gdapApproval', {}, null),
      { ...owner, from: '29:other' },
      { line: "This follow-up is someone else's: only they can act on it." },
    ],
    [
      'nobody named as the clicker',
      click('stopReminding'),
      approved,
      { ...owner, from: undefined },
      { line: "This follow-up is Alex Wilber's: only they can act on it." },
    ],
    ['Remind me again', click('remindAgain'), item('gdapApproval'), owner, { reminders: 'snooze' }],
    ['Stop reminding', click('stopReminding'), item('transfer'), owner, { reminders: 'quieten' }],
    ['Assign access on an approved relationship', click('assign'), approved, owner, assign],
    ['Assign access while still waiting', click('assign'), item('gdapApproval'), owner, { line: GONE }],
    ['Assign access on an ended relationship', click('assign'), item('gdapApproval', { status: 'terminated' }), owner, { line: GONE }],
    ['Assign access on a transfer', click('assign'), item('transfer', { status: 'approved' }), owner, { line: GONE }],
    ['Assign access without Partner Center actions', click('assign'), approved, { ...owner, canAssign: false }, { line: GONE }],
    // A case handed over (issue 63), or whose card this conversation forgot: the relationship's card from the item, then its Assign access.
    [
      'Assign access where the card is not kept opens the relationship from the item',
      click('assign'),
      approved,
      { ...owner, cardHere: false },
      {
        open: {
          kind: 'relationship',
          customer: { companyName: 'Contoso', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.com' },
          relationshipId: 'obj-1',
          locale: 'en-US',
          fromCardId: 'card-7',
        },
      },
    ],
    ['the same, retried by Teams, opens nothing twice', click('assign'), approved, { ...owner, cardHere: false, replayed: true }, { line: OPENED }],
    ['the same without cards from items', click('assign'), approved, { ...owner, cardHere: false, canOpen: false }, { line: GONE }],
    [
      'a new GDAP request from an expired one',
      click('requestGdap'),
      item('gdapApproval', { status: 'expired' }),
      owner,
      { open: { kind: 'requestGdap', customer: 'contoso.com', fromCardId: 'card-7' } },
    ],
    [
      'Start again on an expired transfer',
      click('startAgain'),
      item('transfer', { status: 'expired' }),
      owner,
      { open: { kind: 'startTransfer', customer: 'contoso.com', fromCardId: 'card-7' } },
    ],
    [
      'Start again on a GDAP item is a GDAP request',
      click('startAgain'),
      item('gdapApproval', { status: 'expired' }),
      owner,
      { open: { kind: 'requestGdap', customer: 'contoso.com', fromCardId: 'card-7' } },
    ],
    [
      'a customer known by tenant only',
      click('requestGdap'),
      item('gdapApproval', { customer: { tenantId: 'tid-1', name: 'Contoso' } }),
      owner,
      { open: { kind: 'requestGdap', customer: 'tid-1', fromCardId: 'card-7' } },
    ],
    ['a retried invoke of a new request', click('requestGdap'), item('gdapApproval'), { ...owner, replayed: true }, { line: OPENED }],
    ['a new request without Partner Center actions', click('startAgain'), item('transfer'), { ...owner, canOpen: false }, { line: GONE }],
    // Turn on auto-extend, before an approved relationship's end (issue 63): a card of its own for the item's relationship.
    [
      'Turn on auto-extend on an approved relationship opens its confirmation',
      click('autoExtend'),
      item('gdapApproval', { status: 'approved', locale: 'hu-HU' }),
      owner,
      {
        open: {
          kind: 'autoExtend',
          customer: { companyName: 'Contoso', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.com' },
          relationshipId: 'obj-1',
          locale: 'hu-HU',
          fromCardId: 'card-7',
        },
      },
    ],
    ['Turn on auto-extend while still waiting for the approval', click('autoExtend'), item('gdapApproval'), owner, { line: GONE }],
    ['Turn on auto-extend on an ended relationship', click('autoExtend'), item('gdapApproval', { status: 'expired' }), owner, { line: GONE }],
    [
      'Turn on auto-extend on a transfer (a crafted click)',
      click('autoExtend', 'transfer:obj-1'),
      item('transfer', { status: 'completed' }),
      owner,
      { line: GONE },
    ],
    ['Turn on auto-extend without Partner Center actions', click('autoExtend'), approved, { ...owner, canOpen: false }, { line: GONE }],
    ['Turn on auto-extend retried by Teams opens nothing twice', click('autoExtend'), approved, { ...owner, replayed: true }, { line: OPENED }],
    [
      'Turn on auto-extend by someone else is told whose it is',
      click('autoExtend'),
      approved,
      { ...owner, from: '29:other' },
      { line: "This follow-up is Alex Wilber's: only they can act on it." },
    ],
  ];
  for (const [name, clicked, stored, facts, decision] of rows) {
    it(name, () => assert.deepEqual(decideFollowUpClick(clicked, stored, facts, c), decision));
  }

  it('says what a reminder button did, or that nothing is left to remind of', () => {
    assert.equal(reminderLine('snooze', true, c), "OK: I'll remind you again tomorrow.");
    assert.equal(reminderLine('quieten', true, c), "OK: no more reminders about this one. You'll still hear how it ends.");
    assert.equal(reminderLine('snooze', false, c), "There's nothing left to remind you about: this case is closed.");
    assert.equal(reminderLine('quieten', false, c), "There's nothing left to remind you about: this case is closed.");
  });
});
