// A done card's second thoughts as a table (issue 63), from docs/actions.md: cancel a pending
// transfer request (update-a-transfer: only while pending, the entity sent back with "Cancel") and
// turn on an active relationship's automatic extension (Update delegatedAdminRelationship: over its
// ETag, never with Global Administrator, a 412 read once more). Each asks to confirm without calling
// anything, is claimed before its first call, reads the object again and acts only on that read;
// stale copies, double clicks, replays, someone else's clicks and every failure kind have their row.
import { ACTION_FAILURE_KINDS, ActionFailure, GLOBAL_ADMINISTRATOR_ROLE_ID } from '../../../src/domain/actions';
import { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { Awaiting, CardEvent, Effect } from '../../../src/conversation/actions/machine';
import { CARD, NOW, OTHER, R, ROLE, Row, answerOf, cardShown, clickOn, common, customer, lineShown, on, show, table, token } from './tables';

const signedIn = (record: ActionRecord, event: CardEvent): Pick<Row, 'state' | 'event'> => ({
  state: on(record, { for: 'signIn', click: event.on === 'click' ? event.click : (undefined as never) }),
  event: answerOf({ of: 'token', signedIn: true }),
});
const waits = (event: CardEvent): Awaiting => ({ for: 'signIn', click: event.on === 'click' ? event.click : (undefined as never) });
const failure = (kind: ActionFailure['kind']): ActionFailure =>
  kind === 'forbidden'
    ? { kind, missing: 'adminAgent' }
    : kind === 'throttled'
      ? { kind, retryAfterSeconds: 12 }
      : kind === 'unavailable' || kind === 'rejected'
        ? { kind, status: 400 }
        : { kind };
const said = (say: string, withValues?: Record<string, string>): Effect =>
  show({ card: 'record', problem: { say, ...(withValues ? { with: withValues } : {}) } as never });
const failed = (kind: 'startTransfer' | 'requestGdap', f: ActionFailure): Effect =>
  show({ card: 'failed', kind, failure: f, retry: { step: 'confirm', cardId: CARD } });
const call = (c: object): Effect => ({ do: 'call', call: c as never });

// ---- the transfer ----
const pending = R.transferDone; // status Active, row G6
const { transferId, status: _status, ...doneRest } = pending;
const cancelReview: ActionRecord = { ...common, row: 'G6', kind: 'startTransfer', stage: 'cancelReview', customer, transferId, status: 'Active' };
const cancelClaimed: ActionRecord = { ...cancelReview, claimedAt: NOW };
const ENTITY = { id: 't-1', status: 'Active', customerTenantId: customer.tenantId, sourcePartnerTenantId: 'src', targetPartnerTenantId: 'tgt', lineItems: [] };
const readTransfer = call({ call: 'getTransfer', customerTenantId: customer.tenantId, transferId: 't-1' });
const cancelCall = call({ call: 'cancelTransfer', customerTenantId: customer.tenantId, transferId: 't-1', entity: ENTITY });
const cancelAudit = (outcome: string): Effect =>
  ({ do: 'audit', action: 'cancelTransfer', customerTenantId: customer.tenantId, outcome, resultId: 't-1' }) as never;
const transferWith = (status: string): ActionRecord => ({ ...doneRest, transferId, status, checkedAt: NOW }) as ActionRecord;
const confirmCancel = clickOn('startTransfer', 'confirm');

// ---- the relationship ----
const active = R.gdapActive;
const extendReview: ActionRecord = {
  ...common,
  kind: 'requestGdap',
  stage: 'extendReview',
  customer,
  relationshipId: 'r-1',
  approvalUrl: 'https://admin.microsoft.com/a',
  messageLocale: 'en-US',
};
const extendClaimed: ActionRecord = { ...extendReview, claimedAt: NOW };
const readRelationship = call({ call: 'getRelationship', relationshipId: 'r-1' });
const patch = (etag: string): Effect => call({ call: 'extendRelationship', relationshipId: 'r-1', etag });
const extendAudit = (outcome: string): Effect =>
  ({ do: 'audit', action: 'autoExtend', customerTenantId: customer.tenantId, outcome, resultId: 'r-1' }) as never;
const relationship = (fields: object) =>
  answerOf({ of: 'getRelationship', result: { ok: true, value: { status: 'active', roleDefinitionIds: [ROLE], etag: 'W/"1"', ...fields } } });
const gdapWith = (fields: object): ActionRecord =>
  ({
    ...common,
    kind: 'requestGdap',
    stage: 'done',
    customer,
    relationshipId: 'r-1',
    approvalUrl: 'https://admin.microsoft.com/a',
    messageLocale: 'en-US',
    status: 'active',
    checkedAt: NOW,
    ...fields,
  }) as ActionRecord;
const preconditionFailed: ActionFailure = { kind: 'rejected', status: 412 };
const confirmExtend = clickOn('requestGdap', 'confirm');

const ROWS: Row[] = [
  // Cancel a pending transfer request: the confirmation calls nothing.
  {
    name: 'Cancel request on a pending transfer asks to confirm, calling nothing',
    state: on(pending),
    event: clickOn('startTransfer', 'cancelTransfer'),
    expect: { state: on(cancelReview), effects: [cardShown] },
  },
  {
    name: 'Cancel request on a transfer last seen completed only shows the card',
    state: on(transferWith('Completed')),
    event: clickOn('startTransfer', 'cancelTransfer'),
    expect: { state: on(transferWith('Completed')), effects: [cardShown] },
  },
  {
    name: 'an older copy of the done card is stale: no confirmation',
    state: on(pending),
    event: clickOn('startTransfer', 'cancelTransfer', {}, { version: 1 }),
    ctx: { lastShown: { v: 2, digest: 'b' } },
    expect: { state: on(pending), effects: [lineShown('problems.stale')] },
  },
  {
    name: "someone else's Cancel request is told whose card it is",
    state: on(pending),
    event: clickOn('startTransfer', 'cancelTransfer'),
    ctx: { user: OTHER },
    expect: { state: on(pending), effects: [lineShown('problems.notYours', { name: 'Alex Wilber' })] },
  },
  {
    name: 'Keep it goes back to the done card, nothing sent',
    state: on(cancelReview),
    event: clickOn('startTransfer', 'cancel'),
    expect: { state: on({ ...pending }), effects: [cardShown] },
  },
  {
    name: 'Confirm asks for the sign-in first',
    state: on(cancelReview),
    event: confirmCancel,
    expect: { state: on(cancelReview, waits(confirmCancel)), effects: [token] },
  },
  {
    name: 'signed in: the confirmation is claimed and saved, then the transfer is read again',
    ...signedIn(cancelReview, confirmCancel),
    expect: { state: on(cancelClaimed, { for: 'cancelRead' }), effects: [{ do: 'saveClaim' }, readTransfer] },
  },
  {
    name: 'a double click while the first is claimed shows the card, calls nothing',
    state: on(cancelClaimed),
    event: confirmCancel,
    expect: { state: on(cancelClaimed), effects: [cardShown] },
  },
  {
    name: 'a replayed confirmation (Teams retrying) shows the card, calls nothing',
    state: on(cancelReview),
    event: confirmCancel,
    ctx: { replayed: true },
    expect: { state: on(cancelReview), effects: [cardShown] },
  },
  {
    name: 'the read finds it still pending: the entity is sent back with Cancel',
    state: on(cancelClaimed, { for: 'cancelRead' }),
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'Active', entity: ENTITY } } }),
    expect: { state: on(cancelClaimed, { for: 'cancelCall' }), effects: [cancelCall] },
  },
  {
    name: 'the read finds it in progress (pending too): cancelled the same way',
    state: on(cancelClaimed, { for: 'cancelRead' }),
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'InProgress', entity: ENTITY } } }),
    expect: { state: on(cancelClaimed, { for: 'cancelCall' }), effects: [cancelCall] },
  },
  {
    name: 'the read finds it completed since: refused, said why, nothing sent',
    state: on(cancelClaimed, { for: 'cancelRead' }),
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'Completed', entity: ENTITY } } }),
    expect: { state: on(transferWith('Completed')), effects: [said('transfer.notPending', { transferStatus: 'Completed' })] },
  },
  {
    name: 'the read finds it cancelled already (a cancel elsewhere, or this one retried): said, nothing sent again',
    state: on(cancelClaimed, { for: 'cancelRead' }),
    event: answerOf({ of: 'getTransfer', result: { ok: true, value: { status: 'Canceled' } } }),
    expect: { state: on(transferWith('Canceled')), effects: [said('transfer.notPending', { transferStatus: 'Canceled' })] },
  },
  {
    name: 'Partner Center cancels it: the card says so, one audit record',
    state: on(cancelClaimed, { for: 'cancelCall' }),
    event: answerOf({ of: 'cancelTransfer', result: { ok: true, value: { status: 'Canceled' } } }),
    expect: { state: on(transferWith('Canceled')), effects: [cancelAudit('succeeded'), said('transfer.cancelled')] },
  },
  // ---- turn on auto-extend ----
  {
    name: 'Turn on auto-extend on an active relationship asks to confirm, calling nothing',
    state: on(active),
    event: clickOn('requestGdap', 'autoExtend'),
    expect: { state: on(extendReview), effects: [cardShown] },
  },
  {
    name: 'Turn on auto-extend on a relationship already extending only shows the card',
    state: on(gdapWith({ autoExtends: true })),
    event: clickOn('requestGdap', 'autoExtend'),
    expect: { state: on(gdapWith({ autoExtends: true })), effects: [cardShown] },
  },
  {
    name: 'Turn on auto-extend on a relationship not active only shows the card',
    state: on(R.gdapDone),
    event: clickOn('requestGdap', 'autoExtend'),
    expect: { state: on(R.gdapDone), effects: [cardShown] },
  },
  {
    name: 'Cancel on the confirmation goes back to the relationship card (active)',
    state: on(extendReview),
    event: clickOn('requestGdap', 'cancel'),
    expect: { state: on({ ...R.gdapDone, status: 'active' }), effects: [cardShown] },
  },
  {
    name: 'signed in: claimed and saved, then the relationship is read again',
    ...signedIn(extendReview, confirmExtend),
    expect: { state: on(extendClaimed, { for: 'extendRead', retried: false }), effects: [{ do: 'saveClaim' }, readRelationship] },
  },
  {
    name: 'a double click on the confirmation while claimed calls nothing',
    state: on(extendClaimed),
    event: confirmExtend,
    expect: { state: on(extendClaimed), effects: [cardShown] },
  },
  {
    name: 'active, no Global Administrator, not extending: updated over its ETag',
    state: on(extendClaimed, { for: 'extendRead', retried: false }),
    event: relationship({}),
    expect: { state: on(extendClaimed, { for: 'extendCall', retried: false }), effects: [patch('W/"1"')] },
  },
  {
    name: 'Global Administrator among its roles: refused as Microsoft does, nothing sent',
    state: on(extendClaimed, { for: 'extendRead', retried: false }),
    event: relationship({ roleDefinitionIds: [ROLE, GLOBAL_ADMINISTRATOR_ROLE_ID] }),
    expect: { state: on(gdapWith({ autoExtends: false })), effects: [said('extend.globalAdministrator')] },
  },
  {
    name: 'already extending (P180D): said so, nothing sent',
    state: on(extendClaimed, { for: 'extendRead', retried: false }),
    event: relationship({ autoExtendDuration: 'P180D' }),
    expect: { state: on(gdapWith({ autoExtends: true })), effects: [said('extend.already')] },
  },
  {
    name: 'no longer active (expired): said so, nothing sent',
    state: on(extendClaimed, { for: 'extendRead', retried: false }),
    event: relationship({ status: 'expired' }),
    expect: { state: on(gdapWith({ status: 'expired' })), effects: [said('extend.notActive')] },
  },
  {
    name: 'a read without an ETag cannot be updated over: a failure with a retry, the claim released',
    state: on(extendClaimed, { for: 'extendRead', retried: false }),
    event: relationship({ etag: undefined }),
    expect: { state: on(extendReview), effects: [failed('requestGdap', { kind: 'unavailable', status: 200 })] },
  },
  {
    name: 'Graph takes the update: automatic extension on, one audit record',
    state: on(extendClaimed, { for: 'extendCall', retried: false }),
    event: answerOf({ of: 'extendRelationship', result: { ok: true, value: true } }),
    expect: { state: on(gdapWith({ autoExtends: true })), effects: [extendAudit('succeeded'), said('extend.done')] },
  },
  {
    name: '412: the relationship changed since it was read; it is read once more',
    state: on(extendClaimed, { for: 'extendCall', retried: false }),
    event: answerOf({ of: 'extendRelationship', result: { ok: false, failure: preconditionFailed } }),
    expect: { state: on(extendClaimed, { for: 'extendRead', retried: true }), effects: [extendAudit('rejected'), readRelationship] },
  },
  {
    name: 'read again: updated over the new ETag',
    state: on(extendClaimed, { for: 'extendRead', retried: true }),
    event: relationship({ etag: 'W/"2"' }),
    expect: { state: on(extendClaimed, { for: 'extendCall', retried: true }), effects: [patch('W/"2"')] },
  },
  {
    name: 'a second 412 in a row is a failure with a retry, not a loop',
    state: on(extendClaimed, { for: 'extendCall', retried: true }),
    event: answerOf({ of: 'extendRelationship', result: { ok: false, failure: preconditionFailed } }),
    expect: { state: on(extendReview), effects: [extendAudit('rejected'), failed('requestGdap', preconditionFailed)] },
  },
  {
    name: 'an answer for another step (a crafted order) changes nothing',
    state: on(extendClaimed, { for: 'extendCall', retried: false }),
    event: answerOf({ of: 'cancelTransfer', result: { ok: true, value: { status: 'Canceled' } } }),
    expect: { state: on(extendClaimed), effects: [cardShown] },
  },
];

// Every failure Partner Center or Graph may answer, at each call: released for a retry, audited only where a change was asked.
for (const kind of ACTION_FAILURE_KINDS) {
  const f = failure(kind);
  ROWS.push(
    {
      name: `the transfer's read fails (${kind}): the claim released, the failure with a retry`,
      state: on(cancelClaimed, { for: 'cancelRead' }),
      event: answerOf({ of: 'getTransfer', result: { ok: false, failure: f } }),
      expect: { state: on(cancelReview), effects: [failed('startTransfer', f)] },
    },
    {
      name: `the cancel fails (${kind}): audited, the claim released, the failure with a retry (which reads the status first)`,
      state: on(cancelClaimed, { for: 'cancelCall' }),
      event: answerOf({ of: 'cancelTransfer', result: { ok: false, failure: f } }),
      expect: { state: on(cancelReview), effects: [cancelAudit(kind), failed('startTransfer', f)] },
    },
    {
      name: `the relationship's read fails (${kind}): the claim released, the failure with a retry`,
      state: on(extendClaimed, { for: 'extendRead', retried: false }),
      event: answerOf({ of: 'getRelationship', result: { ok: false, failure: f } }),
      expect: { state: on(extendReview), effects: [failed('requestGdap', f)] },
    },
    {
      name: `the update fails (${kind}): audited, the claim released, the failure with a retry`,
      state: on(extendClaimed, { for: 'extendCall', retried: false }),
      event: answerOf({ of: 'extendRelationship', result: { ok: false, failure: f } }),
      expect: { state: on(extendReview), effects: [extendAudit(kind), failed('requestGdap', f)] },
    },
  );
}

describe('issue 63: cancel a pending transfer request, turn on auto-extend (the card machine, from a table)', () => table(ROWS));
