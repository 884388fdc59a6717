// The start of each action, as a table: checked against the conversation's own result (never what
// the click says), the invitation link asked of Partner Center once the partner is signed in, a
// form opened without a sign-in, a retried start, the open-items bound, and Partner Center's
// failures of the invitation link (docs/actions.md, "Where an action applies: the server decides").
import { strict as assert } from 'assert';
import { ACTION_FAILURE_KINDS, ActionFailure, ActionKind } from '../../../src/domain/actions';
import { OutcomeRow } from '../../../src/domain/outcomes';
import { ActionClick } from '../../../src/conversation/actions/actionClicks';
import { CardEvent, Effect, StepContext, Stepped } from '../../../src/conversation/actions/machine';
import { openFromItem, ownCardHere } from '../../../src/conversation/actions/fromItem';
import { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { NEW_CARD, NOW, OTHER, OWNER, Row, answerOf, lineShown, table, token } from './tables';

const startOf = (kind: ActionKind, row: OutcomeRow): ActionClick => ({ step: 'start', kind, row, inputs: {} });
const start = (kind: ActionKind, row: OutcomeRow): CardEvent => ({ on: 'click', click: startOf(kind, row) });
const scope = (row: OutcomeRow, extra: Partial<NonNullable<StepContext['scope']>> = {}): NonNullable<StepContext['scope']> => ({
  edition: '2026-11',
  row,
  verdict: row === 'G4' || row === 'G6' ? 'transfer' : 'eligible',
  notes: [],
  answers: { cloud: 'global', partnerType: 'direct' },
  ...extra,
});
const opened: Effect = { do: 'reply', line: { say: 'steps.opened' } };
const sent: Effect = { do: 'send', screen: { card: 'record' } };
const mine = { owner: OWNER, at: NOW, partnerType: 'direct' as const };
const invitationWaits = { for: 'invitationUrl', common: { ...mine, row: 'G2' } } as const;

const failure = (kind: ActionFailure['kind']): ActionFailure =>
  kind === 'forbidden'
    ? { kind, missing: 'adminAgent' }
    : kind === 'throttled'
      ? { kind, retryAfterSeconds: 30 }
      : kind === 'unavailable' || kind === 'rejected'
        ? { kind, status: 503 }
        : { kind };

const ROWS: Row[] = [
  {
    name: 'a retried start already sent its card',
    state: {},
    event: start('requestGdap', 'G1'),
    ctx: { replayed: true, scope: scope('G1') },
    expect: { state: {}, effects: [opened] },
  },
  { name: 'before a result nothing starts', state: {}, event: start('requestGdap', 'G1'), expect: { state: {}, effects: [lineShown('notOffered.noResult')] } },
  {
    name: "a start for another row than the conversation's result has expired",
    state: {},
    event: start('requestGdap', 'G1'),
    ctx: { scope: scope('G5') },
    expect: { state: {}, effects: [lineShown('problems.expired')] },
  },
  ...(
    [
      ['edition 2020 offers no action', 'invitationLink', scope('G1', { edition: '2020' }), 'edition'],
      ['21Vianet offers no action', 'invitationLink', scope('G1', { answers: { cloud: 'china', partnerType: 'direct' } }), 'china'],
      ['GDAP for US Government is not offered', 'requestGdap', scope('G1', { answers: { cloud: 'usgov', partnerType: 'direct' } }), 'gdapUsgov'],
      ['GDAP under an Enterprise Agreement is not offered', 'requestGdap', scope('G1', { notes: ['eaGdap'] }), 'gdapEa'],
      [
        "an indirect reseller's transfer is its provider's",
        'startTransfer',
        scope('G6', { answers: { cloud: 'global', partnerType: 'indirectReseller' } }),
        'transferViaProvider',
      ],
      ['a row without the action', 'requestGdap', scope('G2'), 'notForRow'],
      ['a transfer row whose verdict is no longer transfer', 'startTransfer', scope('G6', { verdict: 'eligible' }), 'notForRow'],
    ] as const
  ).map(([name, kind, s, why]): Row => ({
    name: `${name}: says why, calls nothing`,
    state: {},
    event: start(kind, s.row),
    ctx: { scope: s },
    expect: { state: {}, effects: [{ do: 'show', screen: { line: { say: `notOffered.${why}`, action: kind } }, replaces: false }] },
  })),
  {
    name: 'at the open-items bound a start is refused first',
    state: {},
    event: start('requestGdap', 'G1'),
    ctx: { scope: scope('G1'), openLimit: 25 },
    expect: { state: {}, effects: [lineShown('problems.tooManyOpen', { limit: 25 })] },
  },
  // A form calls nothing: no sign-in, a new card as a message of its own.
  {
    name: 'Request GDAP opens its form with the role set for the service',
    state: {},
    event: start('requestGdap', 'G1'),
    ctx: { scope: scope('G1', { answers: { cloud: 'global', partnerType: 'direct', service: 'usage' } }) },
    expect: {
      state: {
        cardId: NEW_CARD,
        record: { ...mine, row: 'G1', kind: 'requestGdap', stage: 'form', choice: { roleSet: 'azureManagement', duration: 'P730D', autoExtend: false } },
      },
      effects: [sent, opened],
    },
  },
  {
    name: 'a licence-based GDAP request starts from the Microsoft 365 set',
    state: {},
    event: start('requestGdap', 'G5'),
    ctx: { scope: scope('G5') },
    expect: {
      state: {
        cardId: NEW_CARD,
        record: { ...mine, row: 'G5', kind: 'requestGdap', stage: 'form', choice: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false } },
      },
      effects: [sent, opened],
    },
  },
  {
    name: "an indirect provider's transfer form keeps its partner type (it asks for the reseller)",
    state: {},
    event: start('startTransfer', 'G6'),
    ctx: { scope: scope('G6', { answers: { cloud: 'global', partnerType: 'indirectProvider' } }) },
    expect: {
      state: { cardId: NEW_CARD, record: { ...mine, partnerType: 'indirectProvider', row: 'G6', kind: 'startTransfer', stage: 'form' } },
      effects: [sent, opened],
    },
  },
  // The invitation link is Partner Center's: the sign-in first.
  {
    name: 'the invitation link asks for the sign-in first',
    state: {},
    event: start('invitationLink', 'G2'),
    ctx: { scope: scope('G2') },
    expect: { state: { awaiting: { for: 'signIn', click: startOf('invitationLink', 'G2') } }, effects: [token] },
  },
  {
    name: 'not signed in: the click waits for the sign-in',
    state: { awaiting: { for: 'signIn', click: startOf('invitationLink', 'G2') } },
    event: answerOf({ of: 'token', signedIn: false }),
    ctx: { scope: scope('G2') },
    expect: { state: {}, effects: [{ do: 'signIn', click: startOf('invitationLink', 'G2') }] },
  },
  {
    name: 'signed in: the link is asked for',
    state: { awaiting: { for: 'signIn', click: startOf('invitationLink', 'G2') } },
    event: answerOf({ of: 'token', signedIn: true }),
    ctx: { scope: scope('G2') },
    expect: { state: { awaiting: invitationWaits }, effects: [{ do: 'call', call: { call: 'invitationUrl' } }] },
  },
  {
    name: 'the link comes: its card, audited',
    state: { awaiting: invitationWaits },
    event: answerOf({ of: 'invitationUrl', result: { ok: true, value: 'https://admin.microsoft.com/link' } }),
    expect: {
      state: {
        cardId: NEW_CARD,
        record: { ...mine, row: 'G2', kind: 'invitationLink', stage: 'done', url: 'https://admin.microsoft.com/link', messageLocale: 'en-US' },
      },
      effects: [{ do: 'audit', action: 'invitationLink', customerTenantId: '', outcome: 'succeeded' }, sent, opened],
    },
  },
  ...ACTION_FAILURE_KINDS.map((kind): Row => ({
    name: `Partner Center answers ${kind}: no card kept, the failure said, audited`,
    state: { awaiting: invitationWaits },
    event: answerOf({ of: 'invitationUrl', result: { ok: false, failure: failure(kind) } }),
    expect: {
      state: {},
      effects: [
        { do: 'audit', action: 'invitationLink', customerTenantId: '', outcome: kind },
        { do: 'send', screen: { card: 'failed', kind: 'invitationLink', failure: failure(kind), retry: { step: 'start', row: 'G2' } } },
        opened,
      ],
    },
  })),
];

describe('action machine: starts (table)', () => table(ROWS));

// A card started from an open case: the form with the customer filled in, the first card's row and partner type kept.
const fromItem = (kind: 'requestGdap' | 'startTransfer', first: ActionRecord | undefined) =>
  openFromItem(first, { kind, customer: 'contoso.onmicrosoft.com', fromCardId: 'card0001' }, { user: OWNER, now: NOW, newCardId: NEW_CARD });
const formSent: Effect = { do: 'send', screen: { card: 'form', inputs: { customer: 'contoso.onmicrosoft.com' } } };

describe('action machine: a card from an open case (table)', () => {
  const rows: [string, ReturnType<typeof fromItem>, Stepped][] = [
    [
      'Request GDAP after an accepted invitation: the form on the invitation’s row',
      fromItem('requestGdap', {
        owner: OWNER,
        row: 'G5',
        at: 1,
        partnerType: 'indirectProvider',
        kind: 'invitationLink',
        stage: 'done',
        url: 'https://x',
        messageLocale: 'en-US',
      }),
      {
        state: {
          cardId: NEW_CARD,
          record: {
            owner: OWNER,
            row: 'G5',
            at: NOW,
            partnerType: 'indirectProvider',
            kind: 'requestGdap',
            stage: 'form',
            choice: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false },
          },
        },
        effects: [formSent, opened],
      },
    ],
    [
      'Start again once the first card is gone: a row that offers the action',
      fromItem('startTransfer', undefined),
      { state: { cardId: NEW_CARD, record: { owner: OWNER, row: 'G1', at: NOW, kind: 'startTransfer', stage: 'form' } }, effects: [formSent, opened] },
    ],
  ];
  for (const [name, out, expected] of rows) it(name, () => assert.deepEqual(out, expected));
});

describe("a follow-up acts on the item's own card only where it is kept for the clicking owner (table)", () => {
  const kept: ActionRecord = { owner: OWNER, row: 'G1', at: NOW, kind: 'startTransfer', stage: 'form' };
  const rows: [string, ActionRecord | undefined, string | undefined, boolean][] = [
    ['kept here for its owner, who clicks', kept, OWNER.id, true],
    ['kept here, another user clicks', kept, OTHER.id, false],
    ['kept here, no user on the click', kept, undefined, false],
    ['not kept here (forgotten, or in another conversation)', undefined, OWNER.id, false],
  ];
  for (const [name, record, userId, expected] of rows) it(name, () => assert.equal(ownCardHere(record, userId), expected));
});
