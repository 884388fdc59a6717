// What the action machines' table tests share: the people, records and context a row starts
// from, written by hand from docs/actions.md, and the runner that checks one row (state, event →
// state, effects) and a sequence of rows (a click, then the answers its calls get).
import { strict as assert } from 'assert';
import { ActionClick, ActionInputs, ActionStep } from '../../../src/conversation/actions/actionClicks';
import { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { step } from '../../../src/conversation/actions/cardMachine';
import { Answer, CardEvent, CardState, Effect, StepContext } from '../../../src/conversation/actions/machine';
import { ActionKind } from '../../../src/domain/actions';

export const OWNER = { id: '29:owner', name: 'Alex Wilber' };
export const OTHER = { id: '29:other', name: 'Megan Bowen' };
export const NOW = 1_700_000_000_000;
export const CARD = 'card0001';
export const NEW_CARD = 'card0002';
export const REQUEST_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const ROLE = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
export const ROLE_2 = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
export const customer = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
export const common = { owner: OWNER, row: 'G1' as const, at: 1 };
export const choice = { roleSet: 'm365Support', duration: 'P730D' as const, autoExtend: false };
export const typed = { currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', currentPartnerName: 'Fourth Coffee', customerEmail: 'it@contoso.com' };
export const granted = {
  customer,
  relationshipId: 'r-1',
  approvalUrl: 'https://admin.microsoft.com/a',
  messageLocale: 'en-US' as const,
  roleIds: [ROLE, ROLE_2],
};
const { roleIds: _roles, ...relationship } = granted;

export const R = {
  invitation: { ...common, kind: 'invitationLink', stage: 'done', url: 'https://partner.microsoft.com/x', messageLocale: 'en-US' },
  gdapForm: { ...common, kind: 'requestGdap', stage: 'form', choice },
  gdapReview: { ...common, kind: 'requestGdap', stage: 'review', choice, customer },
  gdapDone: { ...common, kind: 'requestGdap', stage: 'done', ...relationship },
  gdapActive: { ...common, kind: 'requestGdap', stage: 'done', ...relationship, status: 'active', checkedAt: 5 },
  assignForm: {
    ...common,
    kind: 'requestGdap',
    stage: 'assignForm',
    ...granted,
    groups: [
      { id: 'g-1', name: 'Sales' },
      { id: 'g-2', name: 'Ops' },
    ],
  },
  assignReview: {
    ...common,
    kind: 'requestGdap',
    stage: 'assignReview',
    ...granted,
    picks: [
      { id: 'g-1', name: 'Sales', roleIds: [ROLE] },
      { id: 'g-2', name: 'Ops', roleIds: [ROLE_2] },
    ],
  },
  assigned: {
    ...common,
    kind: 'requestGdap',
    stage: 'assigned',
    ...granted,
    assignments: [
      { id: 'a-1', groupId: 'g-1', groupName: 'Sales', roleIds: [ROLE], status: 'active' },
      { id: 'a-2', groupId: 'g-2', groupName: 'Ops', roleIds: [ROLE_2], status: 'pending' },
    ],
  },
  transferForm: { ...common, row: 'G6', kind: 'startTransfer', stage: 'form' },
  transferReview: { ...common, row: 'G6', kind: 'startTransfer', stage: 'review', typed, customer },
  transferDone: { ...common, row: 'G6', kind: 'startTransfer', stage: 'done', customer, transferId: 't-1', status: 'Active' },
  cancelled: { ...common, kind: 'requestGdap', stage: 'cancelled' },
} satisfies Record<string, ActionRecord>;

/** The context of a click by the card's owner in Web Chat (each step a new message), unless a row says otherwise. */
export const CTX: StepContext = {
  user: OWNER,
  now: NOW,
  replayed: false,
  inPlace: false,
  locale: 'en-US',
  roleSets: [
    { id: 'm365Support', roleIds: [ROLE, ROLE_2] },
    { id: 'azureManagement', roleIds: [ROLE_2] },
  ],
  newCardId: NEW_CARD,
  newRequestId: REQUEST_ID,
};

export const clickOn = (kind: ActionKind, s: ActionStep, inputs: ActionInputs = {}, extra: Partial<ActionClick> = {}): CardEvent => ({
  on: 'click',
  click: { step: s, kind, cardId: CARD, inputs, ...extra },
});
export const answerOf = (a: Answer): CardEvent => ({ on: 'answer', ...a });
export const on = (record: ActionRecord, awaiting?: CardState['awaiting']): CardState => ({ cardId: CARD, record, ...(awaiting ? { awaiting } : {}) });

/** The state after the step, as kept: the turn's own memory (awaiting) is checked where a row names it. */
export interface Row {
  name: string;
  state: CardState;
  event: CardEvent;
  ctx?: Partial<StepContext>;
  expect: { state: CardState; effects: Effect[] };
}

export function table(rows: readonly Row[]): void {
  for (const row of rows) {
    it(row.name, () => {
      const out = step(row.state, row.event, { ...CTX, ...row.ctx });
      assert.deepEqual(out.effects, row.expect.effects);
      assert.deepEqual(out.state, row.expect.state);
    });
  }
}

/** Effects shorthand. */
export const show = (screen: Extract<Effect, { do: 'show' }>['screen'], replaces = true): Effect => ({ do: 'show', screen, replaces });
export const cardShown: Effect = show({ card: 'record' });
export const lineShown = (say: string, withValues?: Record<string, string | number>): Effect =>
  show({ line: { say, ...(withValues ? { with: withValues } : {}) } as never }, false);
export const token: Effect = { do: 'call', call: { call: 'token' } };
