// Second thoughts on a done card, as steps of the card machine: cancel a pending transfer request
// (update-a-transfer: "A transfer can only be canceled if it's in the pending state"; "Only the
// target partner that created the transfer can cancel it") and turn on an active relationship's
// automatic extension (Update delegatedAdminRelationship: autoExtendDuration, "when status is
// either created or active", with the ETag in If-Match; never with Global Administrator). Each asks
// to confirm, is claimed and saved before its first call, reads the object again first and acts
// only on what that read says; a relationship changed under the update (412) is read once more.
// Pure: the calls are effects whose answers come back.
import type { ActionFailure } from '../../domain/actions';
import { isPendingTransfer } from '../../domain/partnerCenterStatus';
import { autoExtendOffer, relationshipEnd } from '../../domain/relationshipHealth';
import { ActionRecord, Reconsidering, commonOf } from './actionRecords';
import { Answer, CardState, Effect, Say, StepContext, Stepped, outcomeOf, stepped } from './machine';

type Awaiting = NonNullable<CardState['awaiting']>;

/** What the lifecycle steps wait for: the machine hands these answers here. */
export const isLifecycleAwaiting = (a: CardState['awaiting']): boolean =>
  a?.for === 'cancelRead' || a?.for === 'cancelCall' || a?.for === 'extendRead' || a?.for === 'extendCall';

const shown = (problem?: Say): Effect => ({ do: 'show', screen: { card: 'record', ...(problem ? { problem } : {}) }, replaces: true });

/** The confirmation of a done card's second thought (nothing is called yet). */
export function reconsider(state: CardState, to: 'cancelReview' | 'extendReview'): Stepped {
  const r = state.record!;
  if (to === 'cancelReview' && r.kind === 'startTransfer' && r.stage === 'done') {
    const { customer, transferId, status } = r;
    return stepped({ ...state, record: { ...commonOf(r), kind: 'startTransfer', stage: 'cancelReview', customer, transferId, status } }, shown());
  }
  if (to === 'extendReview' && r.kind === 'requestGdap' && r.stage === 'done') {
    const { customer, relationshipId, approvalUrl, messageLocale } = r;
    return stepped(
      { ...state, record: { ...commonOf(r), kind: 'requestGdap', stage: 'extendReview', customer, relationshipId, approvalUrl, messageLocale } },
      shown(),
    );
  }
  return stepped(state, shown());
}

/** The done card again: the transfer as last read, the relationship as Graph last reported it (active). */
export function doneAgain(r: Reconsidering, fields: { status?: string; checkedAt?: number; autoExtends?: boolean } = {}): ActionRecord {
  if (r.stage === 'cancelReview') {
    const { customer, transferId, status } = r;
    return { ...commonOf(r), kind: 'startTransfer', stage: 'done', customer, transferId, status: fields.status ?? status, ...checked(fields) };
  }
  const { customer, relationshipId, approvalUrl, messageLocale } = r;
  const extend = fields.autoExtends !== undefined ? { autoExtends: fields.autoExtends } : {};
  return {
    ...commonOf(r),
    kind: 'requestGdap',
    stage: 'done',
    customer,
    relationshipId,
    approvalUrl,
    messageLocale,
    status: fields.status ?? 'active',
    ...checked(fields),
    ...extend,
  };
}

const checked = (f: { checkedAt?: number }): { checkedAt?: number } => (f.checkedAt !== undefined ? { checkedAt: f.checkedAt } : {});

/** Confirmed by its signed-in owner: claimed (saved before any call), then the object read again. */
export function confirmReconsidered(state: CardState, ctx: StepContext): Stepped {
  const r = state.record as Reconsidering;
  const claimed: ActionRecord = { ...r, claimedAt: ctx.now };
  if (r.stage === 'cancelReview') {
    const call = { call: 'getTransfer', customerTenantId: r.customer.tenantId, transferId: r.transferId } as const;
    return stepped({ ...state, record: claimed, awaiting: { for: 'cancelRead' } }, { do: 'saveClaim' }, { do: 'call', call });
  }
  const call = { call: 'getRelationship', relationshipId: r.relationshipId } as const;
  return stepped({ ...state, record: claimed, awaiting: { for: 'extendRead', retried: false } }, { do: 'saveClaim' }, { do: 'call', call });
}

/** The claim given up, for a retry: the confirmation card again. */
const released = (r: Reconsidering): ActionRecord => {
  const { claimedAt: _claim, ...rest } = r;
  return rest as ActionRecord;
};

export function lifecycleAnswer(state: CardState, awaiting: Awaiting, a: Answer, ctx: StepContext): Stepped {
  const r = state.record;
  const unexpected = stepped(state, shown());
  if (r?.stage !== 'cancelReview' && r?.stage !== 'extendReview') return unexpected;
  const failed = (failure: ActionFailure, ...before: Effect[]): Stepped =>
    stepped({ ...state, record: released(r) }, ...before, {
      do: 'show',
      screen: { card: 'failed', kind: r.kind, failure, retry: { step: 'confirm', cardId: state.cardId! } },
      replaces: true,
    });
  const at = { checkedAt: ctx.now };
  if (r.stage === 'cancelReview') {
    if (awaiting.for === 'cancelRead' && a.of === 'getTransfer') {
      if (!a.result.ok) return failed(a.result.failure);
      const { status, entity } = a.result.value;
      // Cancelled only while pending, as Partner Center allows: anything else is said, and nothing is sent.
      if (!isPendingTransfer(status))
        return stepped(
          { ...state, record: doneAgain(r, { status: status.slice(0, 64), ...at }) },
          shown({ say: 'transfer.notPending', with: { transferStatus: status } }),
        );
      const call = { call: 'cancelTransfer', customerTenantId: r.customer.tenantId, transferId: r.transferId, entity: entity ?? {} } as const;
      return stepped({ ...state, awaiting: { for: 'cancelCall' } }, { do: 'call', call });
    }
    if (awaiting.for === 'cancelCall' && a.of === 'cancelTransfer') {
      const audit: Effect = {
        do: 'audit',
        action: 'cancelTransfer',
        customerTenantId: r.customer.tenantId,
        outcome: outcomeOf(a.result),
        resultId: r.transferId,
      };
      if (!a.result.ok) return failed(a.result.failure, audit);
      return stepped({ ...state, record: doneAgain(r, { status: a.result.value.status.slice(0, 64), ...at }) }, audit, shown({ say: 'transfer.cancelled' }));
    }
    return unexpected;
  }
  if (awaiting.for === 'extendRead' && a.of === 'getRelationship') {
    if (!a.result.ok) return failed(a.result.failure);
    const read = a.result.value;
    if (read.status !== 'active')
      return stepped({ ...state, record: doneAgain(r, { status: read.status.slice(0, 64), ...at }) }, shown({ say: 'extend.notActive' }));
    const offer = autoExtendOffer(relationshipEnd(read));
    if (offer === 'already') return stepped({ ...state, record: doneAgain(r, { ...at, autoExtends: true }) }, shown({ say: 'extend.already' }));
    // Microsoft extends no relationship that includes Global Administrator: nothing is sent.
    if (offer === 'globalAdministrator')
      return stepped({ ...state, record: doneAgain(r, { ...at, autoExtends: false }) }, shown({ say: 'extend.globalAdministrator' }));
    // Graph takes an update only over the relationship's ETag; without one the read was not a usable answer.
    if (!read.etag) return failed({ kind: 'unavailable', status: 200 });
    const call = { call: 'extendRelationship', relationshipId: r.relationshipId, etag: read.etag } as const;
    return stepped({ ...state, awaiting: { for: 'extendCall', retried: awaiting.retried } }, { do: 'call', call });
  }
  if (awaiting.for === 'extendCall' && a.of === 'extendRelationship') {
    const audit: Effect = {
      do: 'audit',
      action: 'autoExtend',
      customerTenantId: r.customer.tenantId,
      outcome: outcomeOf(a.result),
      resultId: r.relationshipId,
    };
    if (a.result.ok) return stepped({ ...state, record: doneAgain(r, { ...at, autoExtends: true }) }, audit, shown({ say: 'extend.done' }));
    // 412: the relationship changed since it was read (its ETag is stale): read once more, update over the new one.
    if (changedSinceRead(a.result.failure) && !awaiting.retried) {
      const call = { call: 'getRelationship', relationshipId: r.relationshipId } as const;
      return stepped({ ...state, awaiting: { for: 'extendRead', retried: true } }, audit, { do: 'call', call });
    }
    return failed(a.result.failure, audit);
  }
  return unexpected;
}

/** Graph's 412 Precondition Failed: the If-Match ETag is no longer the object's. */
export const changedSinceRead = (failure: ActionFailure): boolean => failure.kind === 'rejected' && failure.status === 412;
