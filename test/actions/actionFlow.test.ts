// The actions' flow as tables: every kind × stage × click, by its owner, by someone else, on a
// forgotten (stale) card, with a crafted kind, and replayed (Teams retrying an invoke), against the
// route a reader of docs/actions.md expects; and the records read back from state, every variant
// kept whole and every other shape (an older release's flat record, a tampered one) refused.
import { strict as assert } from 'assert';
import { ActionKind } from '../../src/domain/actions';
import { ActionClick } from '../../src/conversation/actions/actionClicks';
import { ActionRecord, CLAIM_MS, ClickRoute, keepRecord, readRecord, routeClick } from '../../src/conversation/actions/actionRecords';
import { ActionStep } from '../../src/conversation/actions/actionClicks';

const OWNER = { id: '29:owner', name: 'Alex Wilber' };
const customer = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
const common = { owner: OWNER, row: 'G1' as const, at: 1 };
const choice = { roleSet: 'm365Support', duration: 'P730D' as const, autoExtend: false };
const typed = { currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', currentPartnerName: 'Fourth Coffee', customerEmail: 'a@contoso.com' };

const ROLE = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
/** What the access assignment stages carry from an active relationship's card. */
const granted = { customer, relationshipId: 'r-1', approvalUrl: 'https://admin.microsoft.com/a', messageLocale: 'en-US' as const, roleIds: [ROLE] };

/** One record of every kind and stage a card can be in. */
const RECORDS: ActionRecord[] = [
  { ...common, kind: 'invitationLink', stage: 'done', url: 'https://admin.microsoft.com/x', messageLocale: 'en-US' },
  { ...common, kind: 'invitationLink', stage: 'cancelled' },
  { ...common, kind: 'requestGdap', stage: 'form', choice },
  { ...common, kind: 'requestGdap', stage: 'review', choice, customer },
  { ...common, kind: 'requestGdap', stage: 'done', customer, relationshipId: 'r-1', approvalUrl: 'https://admin.microsoft.com/a', messageLocale: 'en-US' },
  {
    ...common,
    kind: 'requestGdap',
    stage: 'done',
    customer,
    relationshipId: 'r-1',
    approvalUrl: 'https://admin.microsoft.com/a',
    messageLocale: 'en-US',
    status: 'active',
    checkedAt: 2,
  },
  { ...common, kind: 'requestGdap', stage: 'assignForm', ...granted, groups: [{ id: 'g-1', name: 'Helpdesk agents' }], search: 'Help' },
  { ...common, kind: 'requestGdap', stage: 'assignReview', ...granted, picks: [{ id: 'g-1', name: 'Helpdesk agents', roleIds: [ROLE] }] },
  {
    ...common,
    kind: 'requestGdap',
    stage: 'assigned',
    ...granted,
    assignments: [{ id: 'a-1', groupId: 'g-1', groupName: 'Helpdesk agents', roleIds: [ROLE], status: 'pending' }],
  },
  { ...common, kind: 'requestGdap', stage: 'cancelled' },
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'form' },
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'review', typed, customer, requestId: 'b3c2a1d0-0000-4000-8000-000000000001' },
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'done', customer, transferId: 't-1', status: 'Active' },
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'cancelled' },
  // A done card's second thoughts (issue 63): cancel a pending transfer request, turn on a relationship's auto-extend.
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'done', customer, transferId: 't-1', status: 'Completed', checkedAt: 3 },
  { ...common, row: 'G6', kind: 'startTransfer', stage: 'cancelReview', customer, transferId: 't-1', status: 'Active' },
  {
    ...common,
    kind: 'requestGdap',
    stage: 'done',
    customer,
    relationshipId: 'r-1',
    approvalUrl: 'https://admin.microsoft.com/a',
    messageLocale: 'en-US',
    status: 'active',
    autoExtends: true,
  },
  {
    ...common,
    kind: 'requestGdap',
    stage: 'extendReview',
    customer,
    relationshipId: 'r-1',
    approvalUrl: 'https://admin.microsoft.com/a',
    messageLocale: 'en-US',
  },
];

/** Sign out is no step of a card's flow: it signs out whoever clicked, before any routing. */
const STEPS: Exclude<ActionStep, 'start' | 'signOut'>[] = [
  'review',
  'confirm',
  'cancel',
  'status',
  'messageLanguage',
  'assign',
  'search',
  'undo',
  'cancelTransfer',
  'autoExtend',
];

const clickOf = (kind: ActionKind, step: ActionStep): ActionClick => ({
  step,
  kind,
  cardId: 'card000001',
  inputs: step === 'messageLanguage' ? { messageLocale: 'hu-HU' } : {},
});

/** What the owner's click does, not replayed, by stage (and kind where it matters). */
function expectedForOwner(r: ActionRecord, step: Exclude<ActionStep, 'start' | 'signOut'>): ClickRoute['to'] {
  const later = { cancelTransfer: 'show', autoExtend: 'show' } as const;
  const reconsidering = {
    ...later,
    review: 'show',
    confirm: 'confirm',
    cancel: 'back',
    status: 'show',
    messageLanguage: 'show',
    assign: 'show',
    search: 'show',
    undo: 'show',
  } as const;
  const table: Record<ActionRecord['stage'], Record<typeof step, ClickRoute['to']>> = {
    form: {
      ...later,
      review: 'review',
      confirm: 'show',
      cancel: 'cancel',
      status: 'show',
      messageLanguage: 'show',
      assign: 'show',
      search: 'show',
      undo: 'show',
    },
    review: {
      ...later,
      review: 'review',
      confirm: 'confirm',
      cancel: 'cancel',
      status: 'show',
      messageLanguage: 'show',
      assign: 'show',
      search: 'show',
      undo: 'show',
    },
    done: {
      // Assign access: only on a GDAP relationship Graph last reported active.
      assign: r.kind === 'requestGdap' && r.stage === 'done' && r.status === 'active' ? 'assign' : 'show',
      search: 'show',
      // An invitation link's Follow names the customer it is for (issue 60, finding 3).
      review: r.kind === 'invitationLink' ? 'nameCustomer' : 'show',
      confirm: 'show',
      cancel: 'show',
      // Check status: a transfer in Partner Center, a GDAP relationship in Graph; an invitation link has none.
      status: r.kind === 'invitationLink' ? 'show' : 'status',
      messageLanguage: r.kind === 'startTransfer' ? 'show' : 'messageLanguage',
      undo: 'show',
      // Cancel only a transfer request last seen pending; auto-extend only a relationship last seen active and not already extending.
      cancelTransfer: r.kind === 'startTransfer' && r.stage === 'done' && r.status === 'Active' ? 'cancelReview' : 'show',
      autoExtend: r.kind === 'requestGdap' && r.stage === 'done' && r.status === 'active' && !r.autoExtends ? 'extendReview' : 'show',
    },
    cancelled: {
      ...later,
      review: 'show',
      confirm: 'show',
      cancel: 'show',
      status: 'show',
      messageLanguage: 'show',
      assign: 'show',
      search: 'show',
      undo: 'show',
    },
    // The access assignments: Cancel goes back to the relationship's card (nothing was sent), not to a cancelled one.
    assignForm: {
      ...later,
      review: 'review',
      confirm: 'show',
      cancel: 'back',
      status: 'show',
      messageLanguage: 'show',
      assign: 'show',
      search: 'search',
      undo: 'show',
    },
    assignReview: {
      ...later,
      review: 'show',
      confirm: 'confirm',
      cancel: 'back',
      status: 'show',
      messageLanguage: 'show',
      assign: 'show',
      search: 'show',
      undo: 'show',
    },
    // Remove access (undo): only from the assignments' card.
    assigned: {
      ...later,
      review: 'show',
      confirm: 'show',
      cancel: 'show',
      status: 'status',
      messageLanguage: 'show',
      assign: 'assign',
      search: 'show',
      undo: 'undo',
    },
    // Keep it / Cancel goes back to the done card; Confirm reads the object again first.
    cancelReview: reconsidering,
    extendReview: reconsidering,
  };
  return table[r.stage][step];
}

describe('the actions flow, from tables', () => {
  for (const r of RECORDS) {
    describe(`${r.kind} at ${r.stage}`, () => {
      it('its owner: each click as the table says; a confirmation or cancel once done or cancelled changes nothing', () => {
        for (const step of STEPS) assert.equal(routeClick(r, clickOf(r.kind, step), OWNER.id, false).to, expectedForOwner(r, step), step);
      });

      it('replayed (a retried invoke): nothing is done again; only the view (and a language pick) answers', () => {
        for (const step of STEPS) {
          const to = routeClick(r, clickOf(r.kind, step), OWNER.id, true).to;
          const allowed = r.stage === 'done' && step === 'messageLanguage' && r.kind !== 'startTransfer' ? 'messageLanguage' : 'show';
          assert.equal(to, allowed, step);
        }
      });

      it("someone else's click is told whose card it is, whatever the step", () => {
        for (const step of STEPS)
          assert.deepEqual(routeClick(r, clickOf(r.kind, step), '29:someone-else', false), { to: 'notYours', ownerName: 'Alex Wilber' });
        const unnamed = { ...r, owner: { id: OWNER.id } } as ActionRecord;
        assert.deepEqual(routeClick(unnamed, clickOf(r.kind, 'confirm'), '29:someone-else', false), { to: 'notYours' });
      });

      it('a crafted click naming another kind is expired, even from the owner', () => {
        for (const kind of (['invitationLink', 'requestGdap', 'startTransfer'] as const).filter((k) => k !== r.kind)) {
          for (const step of STEPS) assert.equal(routeClick(r, clickOf(kind, step), OWNER.id, false).to, 'expired', `${kind} ${step}`);
        }
      });

      it('reads back from state as written', () => {
        assert.deepEqual(readRecord(JSON.parse(JSON.stringify(r))), r);
      });
    });
  }

  it('a stale card (forgotten, another conversation’s, never made) is expired for every step', () => {
    for (const kind of ['invitationLink', 'requestGdap', 'startTransfer'] as const) {
      for (const step of STEPS) assert.equal(routeClick(undefined, clickOf(kind, step), OWNER.id, false).to, 'expired');
    }
  });

  it('refuses records of any other shape: an older release’s flat record, missing or oversized fields, junk', () => {
    const refused: unknown[] = [
      // The flat record of the release before (13 optional fields).
      { kind: 'requestGdap', owner: OWNER, row: 'G1', stage: 'review', at: 1, roleSet: 'm365Support', duration: 'P730D', customer },
      { ...RECORDS[3], choice: { ...choice, duration: 'P9999D' } },
      { ...RECORDS[4], relationshipId: 'x'.repeat(100_000) },
      { ...RECORDS[0], stage: 'form' },
      { ...RECORDS[11], typed: { ...typed, customerEmail: 42 } },
      { ...RECORDS[12], owner: { id: '' } },
      { ...RECORDS[12], row: 'G99' },
      { ...RECORDS[12], kind: 'deleteEverything' },
      // Access assignment stages: a group without its name, eleven picks, a role id that is no string, a relationship without its roles.
      { ...RECORDS[6], groups: [{ id: 'g-1' }] },
      { ...RECORDS[7], picks: Array.from({ length: 11 }, (_, i) => ({ id: `g-${i}`, name: 'G', roleIds: [ROLE] })) },
      { ...RECORDS[8], assignments: [{ id: 'a-1', groupId: 'g-1', groupName: 'G', roleIds: [42], status: 'pending' }] },
      { ...RECORDS[7], roleIds: undefined },
      'a string',
      null,
      [],
    ];
    for (const r of refused) assert.equal(readRecord(r), undefined, JSON.stringify(r).slice(0, 120));
  });

  it('a confirmation claimed by another turn (on any instance) calls nothing until the claim runs out', () => {
    for (const r of RECORDS.filter((x) => x.stage === 'review' || x.stage === 'assignReview' || x.stage === 'cancelReview' || x.stage === 'extendReview')) {
      const claimed = { ...r, claimedAt: 1_000 } as ActionRecord;
      for (const step of STEPS) assert.equal(routeClick(claimed, clickOf(r.kind, step), OWNER.id, false, 1_000 + 5_000).to, 'show', `${r.kind} ${step}`);
      assert.equal(
        routeClick(claimed, clickOf(r.kind, 'confirm'), OWNER.id, false, 1_000 + CLAIM_MS + 1).to,
        'confirm',
        'a claim left by a crashed turn runs out',
      );
      assert.deepEqual(readRecord(JSON.parse(JSON.stringify(claimed))), claimed);
    }
  });

  it('keeps the newest cards only', () => {
    let cards: Record<string, unknown> = {};
    for (let i = 0; i < 25; i++) cards = keepRecord(cards, `card${String(i).padStart(6, '0')}`, { ...(RECORDS[0] as ActionRecord), at: i }, 20);
    assert.equal(Object.keys(cards).length, 20);
    assert.ok(!('card000004' in cards) && 'card000005' in cards && 'card000024' in cards);
  });
});
