// The GDAP request's and the transfer's steps once the partner is signed in, as a table: the
// form's checks, the customer's look-up and its answers, the confirmation claimed before its one
// create call, every failure Partner Center or Graph may answer (the claim released, the retry
// offered, a transfer's request id kept only when no answer came), and Check status.
import { ACTION_FAILURE_KINDS, ActionFailure } from '../../../src/domain/actions';
import { ActionInputs } from '../../../src/conversation/actions/actionClicks';
import { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { Awaiting, CardEvent, Effect } from '../../../src/conversation/actions/machine';
import { CARD, NOW, REQUEST_ID, ROLE, ROLE_2, R, Row, answerOf, cardShown, choice, clickOn, common, customer, on, show, table, typed } from './tables';

/** The state once the sign-in answered yes for a click (the token call's answer comes next). */
const signedIn = (record: ActionRecord, event: CardEvent): [ReturnType<typeof on>, CardEvent] => [
  on(record, { for: 'signIn', click: event.on === 'click' ? event.click : (undefined as never) }),
  answerOf({ of: 'token', signedIn: true }),
];
const after = (name: string, record: ActionRecord, click: CardEvent, expect: Row['expect']): Row => {
  const [state, event] = signedIn(record, click);
  return { name, state, event, expect };
};
const form = (inputs: ActionInputs, say: string, extra: object = {}): Effect => show({ card: 'form', inputs, problem: { say, ...extra } as never });
const find = (ref: object): Effect => ({ do: 'call', call: { call: 'findCustomer', ref } as never });
const failure = (kind: ActionFailure['kind']): ActionFailure =>
  kind === 'forbidden'
    ? { kind, missing: 'graphPermission' }
    : kind === 'throttled'
      ? { kind, retryAfterSeconds: 12 }
      : kind === 'unavailable' || kind === 'rejected'
        ? { kind, status: 500 }
        : { kind };

const transferInputs = {
  customer: 'contoso.onmicrosoft.com',
  customerEmail: 'it@contoso.com',
  currentPartner: typed.currentPartner,
  currentPartnerName: 'Fourth Coffee',
};
const transferReview = clickOn('startTransfer', 'review', transferInputs);
const gdapInputs = { customer: 'contoso.onmicrosoft.com', roleSet: 'azureManagement', duration: 'P90D', autoExtend: true };
const gdapChoice = { roleSet: 'azureManagement', duration: 'P90D', autoExtend: true } as const;
const byDomain = { by: 'domain', value: 'contoso.onmicrosoft.com' } as const;
const gdapFinding: Awaiting = { for: 'findCustomer', inputs: gdapInputs, ref: byDomain, choice: gdapChoice };
const transferFinding: Awaiting = { for: 'findCustomer', inputs: transferInputs, ref: byDomain, typed };
const claimedGdap = { ...R.gdapReview, claimedAt: NOW };
const claimedTransfer = { ...R.transferReview, requestId: REQUEST_ID, claimedAt: NOW };
const gdapCall = {
  call: 'requestGdap',
  confirmationKey: CARD,
  customerTenantId: customer.tenantId,
  customerName: 'Contoso Ltd',
  roleDefinitionIds: [ROLE],
  duration: 'P730D',
  autoExtend: false,
} as const;

const ROWS: Row[] = [
  // The GDAP form: the choice kept as the partner left it, the customer looked up.
  after(
    'a GDAP form without a customer asks for one, keeping the choice',
    R.gdapForm,
    clickOn('requestGdap', 'review', { roleSet: 'azureManagement', duration: 'P90D', autoExtend: true }),
    {
      state: on({ ...R.gdapForm, choice: gdapChoice }),
      effects: [form({ roleSet: 'azureManagement', duration: 'P90D', autoExtend: true }, 'problems.customerFormat')],
    },
  ),
  after(
    'a role set or duration the card never offered keeps the one before',
    R.gdapForm,
    clickOn('requestGdap', 'review', { roleSet: 'partner-made-up', duration: 'P9999D' }),
    {
      state: on(R.gdapForm),
      effects: [form({ roleSet: 'partner-made-up', duration: 'P9999D' }, 'problems.customerFormat')],
    },
  ),
  after('a GDAP form with a customer looks them up', R.gdapForm, clickOn('requestGdap', 'review', gdapInputs), {
    state: on({ ...R.gdapForm, choice: gdapChoice }, gdapFinding),
    effects: [find(byDomain)],
  }),
  after(
    'a customer picked among the matches is looked up by what was picked',
    R.gdapForm,
    clickOn('requestGdap', 'review', { customer: 'contoso', customerChoice: customer.tenantId }),
    {
      state: on(R.gdapForm, {
        for: 'findCustomer',
        inputs: { customer: 'contoso', customerChoice: customer.tenantId },
        ref: { by: 'tenantId', value: customer.tenantId },
        choice,
      }),
      effects: [find({ by: 'tenantId', value: customer.tenantId })],
    },
  ),
  {
    name: 'the customer found: the review',
    state: on({ ...R.gdapForm, choice: gdapChoice }, gdapFinding),
    event: answerOf({ of: 'findCustomer', result: { ok: true, value: customer } }),
    expect: { state: on({ ...R.gdapReview, choice: gdapChoice }), effects: [cardShown] },
  },
  {
    name: 'no such customer: the form says so',
    state: on(R.gdapForm, gdapFinding),
    event: answerOf({ of: 'findCustomer', result: { ok: true, value: { none: true } } }),
    expect: { state: on(R.gdapForm), effects: [form(gdapInputs, 'problems.customerNotFound', { with: { value: 'contoso.onmicrosoft.com' } })] },
  },
  {
    name: 'several customers: the form offers them',
    state: on(R.gdapForm, gdapFinding),
    event: answerOf({ of: 'findCustomer', result: { ok: true, value: { many: [customer] } } }),
    expect: {
      state: on(R.gdapForm),
      effects: [
        show({
          card: 'form',
          inputs: gdapInputs,
          problem: { say: 'problems.customerChoose', with: { value: 'contoso.onmicrosoft.com' } },
          matches: [customer],
        }),
      ],
    },
  },
  ...ACTION_FAILURE_KINDS.map((kind): Row => ({
    name: `the look-up fails (${kind}): the failure, with a retry of the review`,
    state: on(R.gdapForm, gdapFinding),
    event: answerOf({ of: 'findCustomer', result: { ok: false, failure: failure(kind) } }),
    expect: {
      state: on(R.gdapForm),
      effects: [show({ card: 'failed', kind: 'requestGdap', failure: failure(kind), retry: { step: 'review', cardId: CARD, inputs: gdapInputs } })],
    },
  })),
  // The transfer form's checks, in the order the form lists its fields.
  after('a transfer form with a field missing', R.transferForm, clickOn('startTransfer', 'review', { ...transferInputs, customerEmail: undefined } as never), {
    state: on(R.transferForm),
    effects: [form({ ...transferInputs, customerEmail: undefined } as never, 'problems.required')],
  }),
  after('a company name is looked up by its start', R.transferForm, clickOn('startTransfer', 'review', { ...transferInputs, customer: 'Contoso' }), {
    state: on(R.transferForm, { ...transferFinding, inputs: { ...transferInputs, customer: 'Contoso' }, ref: { by: 'name', value: 'Contoso' } }),
    effects: [find({ by: 'name', value: 'Contoso' })],
  }),
  after('an email that is not one', R.transferForm, clickOn('startTransfer', 'review', { ...transferInputs, customerEmail: 'it' }), {
    state: on(R.transferForm),
    effects: [form({ ...transferInputs, customerEmail: 'it' }, 'problems.emailFormat')],
  }),
  after(
    'a current partner that is not a tenant ID',
    R.transferForm,
    clickOn('startTransfer', 'review', { ...transferInputs, currentPartner: 'Fourth Coffee' }),
    { state: on(R.transferForm), effects: [form({ ...transferInputs, currentPartner: 'Fourth Coffee' }, 'problems.tenantFormat')] },
  ),
  after("an indirect provider's form without the reseller", { ...R.transferForm, partnerType: 'indirectProvider' }, transferReview, {
    state: on({ ...R.transferForm, partnerType: 'indirectProvider' }),
    effects: [form(transferInputs, 'problems.required')],
  }),
  after(
    "an indirect provider's reseller that is no partner ID",
    { ...R.transferForm, partnerType: 'indirectProvider' },
    clickOn('startTransfer', 'review', { ...transferInputs, partnerOnRecord: 'abc' }),
    {
      state: on({ ...R.transferForm, partnerType: 'indirectProvider' }),
      effects: [form({ ...transferInputs, partnerOnRecord: 'abc' }, 'problems.partnerIdFormat')],
    },
  ),
  after('a transfer form filled in: the customer looked up', R.transferForm, transferReview, {
    state: on(R.transferForm, transferFinding),
    effects: [find(byDomain)],
  }),
  {
    name: 'the transfer customer found: the review',
    state: on(R.transferForm, transferFinding),
    event: answerOf({ of: 'findCustomer', result: { ok: true, value: customer } }),
    expect: { state: on(R.transferReview), effects: [cardShown] },
  },
  // The GDAP confirmation: the roles the card offers only; claimed and saved before the one call.
  after('a confirmation without roles asks for them', R.gdapReview, clickOn('requestGdap', 'confirm', {}), {
    state: on(R.gdapReview),
    effects: [show({ card: 'review', selected: [], problem: { say: 'problems.noRoles' } })],
  }),
  after('roles the card never offered are no roles', R.gdapReview, clickOn('requestGdap', 'confirm', { roles: ['62e90394-69f5-4237-9190-012177145e10'] }), {
    state: on(R.gdapReview),
    effects: [show({ card: 'review', selected: [], problem: { say: 'problems.noRoles' } })],
  }),
  after('a GDAP confirmation: claimed, saved, then the one call', R.gdapReview, clickOn('requestGdap', 'confirm', { roles: [ROLE, 'made-up'] }), {
    state: on(claimedGdap, { for: 'requestGdap', roles: [ROLE] }),
    effects: [{ do: 'saveClaim' }, { do: 'call', call: gdapCall }],
  }),
  after(
    'automatic extension goes with the request',
    { ...R.gdapReview, choice: { ...choice, autoExtend: true } },
    clickOn('requestGdap', 'confirm', { roles: [ROLE_2] }),
    {
      state: on({ ...R.gdapReview, choice: { ...choice, autoExtend: true }, claimedAt: NOW }, { for: 'requestGdap', roles: [ROLE_2] }),
      effects: [{ do: 'saveClaim' }, { do: 'call', call: { ...gdapCall, roleDefinitionIds: [ROLE_2], autoExtend: true } }],
    },
  ),
  {
    name: 'the relationship made: the done card, audited with its id',
    state: on(claimedGdap, { for: 'requestGdap', roles: [ROLE] }),
    event: answerOf({ of: 'requestGdap', result: { ok: true, value: { relationshipId: 'r-9', approvalUrl: 'https://admin.microsoft.com/approve' } } }),
    expect: {
      state: on({
        ...common,
        kind: 'requestGdap',
        stage: 'done',
        customer,
        relationshipId: 'r-9',
        approvalUrl: 'https://admin.microsoft.com/approve',
        messageLocale: 'en-US',
      }),
      effects: [{ do: 'audit', action: 'requestGdap', customerTenantId: customer.tenantId, outcome: 'succeeded', resultId: 'r-9' }, cardShown],
    },
  },
  ...ACTION_FAILURE_KINDS.map((kind): Row => ({
    name: `Graph refuses the relationship (${kind}): the claim released, audited, the failure with a retry`,
    state: on(claimedGdap, { for: 'requestGdap', roles: [ROLE] }),
    event: answerOf({ of: 'requestGdap', result: { ok: false, failure: failure(kind) } }),
    expect: {
      state: on(R.gdapReview),
      effects: [
        { do: 'audit', action: 'requestGdap', customerTenantId: customer.tenantId, outcome: kind },
        show({ card: 'failed', kind: 'requestGdap', failure: failure(kind), retry: { step: 'confirm', cardId: CARD, inputs: { roles: [ROLE] } } }),
      ],
    },
  })),
  // The transfer's confirmation: one MS-RequestId per attempt, sent again only by the retry of one that got no answer.
  after('a transfer confirmation: claimed with a new request id', R.transferReview, clickOn('startTransfer', 'confirm'), {
    state: on(claimedTransfer, { for: 'createTransfer', requestId: REQUEST_ID }),
    effects: [
      { do: 'saveClaim' },
      { do: 'call', call: { call: 'createTransfer', review: { ...R.transferReview, requestId: REQUEST_ID }, requestId: REQUEST_ID } },
    ],
  }),
  after(
    'the retry of an unanswered attempt sends its request id again',
    { ...R.transferReview, requestId: 'f00dbabe-0000-4000-8000-000000000001' },
    clickOn('startTransfer', 'confirm'),
    {
      state: on(
        { ...R.transferReview, requestId: 'f00dbabe-0000-4000-8000-000000000001', claimedAt: NOW },
        { for: 'createTransfer', requestId: 'f00dbabe-0000-4000-8000-000000000001' },
      ),
      effects: [
        { do: 'saveClaim' },
        {
          do: 'call',
          call: {
            call: 'createTransfer',
            review: { ...R.transferReview, requestId: 'f00dbabe-0000-4000-8000-000000000001' },
            requestId: 'f00dbabe-0000-4000-8000-000000000001',
          },
        },
      ],
    },
  ),
  {
    name: 'the transfer made: its id and status, audited',
    state: on(claimedTransfer, { for: 'createTransfer', requestId: REQUEST_ID }),
    event: answerOf({ of: 'createTransfer', result: { ok: true, value: { id: 't-7', status: 'Active' } } }),
    expect: {
      state: on({ ...R.transferDone, transferId: 't-7' }),
      effects: [{ do: 'audit', action: 'startTransfer', customerTenantId: customer.tenantId, outcome: 'succeeded', resultId: 't-7' }, cardShown],
    },
  },
  ...ACTION_FAILURE_KINDS.map((kind): Row => {
    const f = failure(kind);
    return {
      name: `Partner Center refuses the transfer (${kind}): the claim released, any answer ends the attempt`,
      state: on(claimedTransfer, { for: 'createTransfer', requestId: REQUEST_ID }),
      event: answerOf({ of: 'createTransfer', result: { ok: false, failure: f } }),
      expect: {
        // A timeout got no answer: its request id stays for the retry.
        state: on(kind === 'timeout' ? { ...R.transferReview, requestId: REQUEST_ID } : R.transferReview),
        effects: [
          { do: 'audit', action: 'startTransfer', customerTenantId: customer.tenantId, outcome: kind },
          show({ card: 'failed', kind: 'startTransfer', failure: f, retry: { step: 'confirm', cardId: CARD } }),
        ],
      },
    };
  }),
  {
    name: 'a lost connection (no status) got no answer either: the request id stays',
    state: on(claimedTransfer, { for: 'createTransfer', requestId: REQUEST_ID }),
    event: answerOf({ of: 'createTransfer', result: { ok: false, failure: { kind: 'unavailable', status: 0 } } }),
    expect: {
      state: on({ ...R.transferReview, requestId: REQUEST_ID }),
      effects: [
        { do: 'audit', action: 'startTransfer', customerTenantId: customer.tenantId, outcome: 'unavailable' },
        show({ card: 'failed', kind: 'startTransfer', failure: { kind: 'unavailable', status: 0 }, retry: { step: 'confirm', cardId: CARD } }),
      ],
    },
  },
  // Check status.
  after('Check status on a transfer asks Partner Center', R.transferDone, clickOn('startTransfer', 'status'), {
    state: on(R.transferDone, { for: 'status' }),
    effects: [{ do: 'call', call: { call: 'getTransfer', customerTenantId: customer.tenantId, transferId: 't-1' } }],
  }),
  after('Check status on a relationship asks Graph', R.gdapDone, clickOn('requestGdap', 'status'), {
    state: on(R.gdapDone, { for: 'status' }),
    effects: [{ do: 'call', call: { call: 'getRelationship', relationshipId: 'r-1' } }],
  }),
  {
    name: "the transfer's status, with when it was checked",
    state: on(R.transferDone, { for: 'status' }),
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'Complete' } } }),
    expect: { state: on({ ...R.transferDone, status: 'Complete', checkedAt: NOW }), effects: [cardShown] },
  },
  {
    name: 'the relationship active: its card offers Assign access',
    state: on(R.gdapDone, { for: 'status' }),
    event: answerOf({ of: 'getRelationship', result: { ok: true, value: { status: 'active', roleDefinitionIds: [ROLE] } } }),
    expect: { state: on({ ...R.gdapDone, status: 'active', checkedAt: NOW }), effects: [cardShown] },
  },
  ...(['throttled', 'notFound', 'timeout'] as const).map((kind): Row => ({
    name: `Check status fails (${kind}): the card as it was, with the failure`,
    state: on(R.transferDone, { for: 'status' }),
    event: answerOf({ of: 'getTransfer', result: { ok: false, failure: failure(kind) } }),
    expect: { state: on(R.transferDone), effects: [show({ card: 'record', problem: { failure: failure(kind) } })] },
  })),
  // An answer nobody waits for (a card forgotten meanwhile) changes nothing.
  {
    name: 'an answer for a forgotten card has expired',
    state: { cardId: CARD, awaiting: { for: 'status' } },
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'Complete' } } }),
    expect: { state: { cardId: CARD }, effects: [show({ line: { say: 'problems.expired' } }, false)] },
  },
];

describe('action machine: GDAP and transfer steps (table)', () => table(ROWS));
