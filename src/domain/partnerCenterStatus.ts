// What a status read of a followed object means: Graph's GDAP relationship status and Partner
// Center's transfer status, as the changes the case model knows (cases.ts), and when the status
// reader reports how long a transfer still runs. Pure: the reader in hosting only fetches.
import type { CaseChange } from './cases';

export type StatusKind = 'gdapApproval' | 'transfer';

/** Graph's delegatedAdminRelationshipStatus values (delegatedadminrelationship resource), lower-cased. */
const GDAP_STATUSES = new Set([
  'activating',
  'active',
  'approvalpending',
  'approved',
  'created',
  'expired',
  'expiring',
  'terminated',
  'terminating',
  'terminationrequested',
  'unknownfuturevalue',
]);
/**
 * TransferEntity's status: "Active" and "Completed" (transfer-entity-resources), "InProgress" in
 * create-a-transfer's example, and the UI's "pending" and "complete"; "expired" is this project's
 * guess (no such value is documented), read as expired should it ever come. A cancelled request
 * (update-a-transfer sends `"status": "Cancel"`) reads "Canceled", Microsoft's spelling (its
 * PartnerTransferStatus has Canceled); another spelling is no documented value.
 */
const TRANSFER_STATUSES = new Set(['active', 'completed', 'complete', 'inprogress', 'pending', 'expired', 'canceled']);

/**
 * Whether a transfer request can still be cancelled: "A transfer can only be canceled if it's in
 * the pending state" (update-a-transfer); pending is TransferEntity's "Active" ("can be
 * deleted/submitted"), create-a-transfer's "InProgress" and the UI's "pending". Partner Center has
 * the last word: its refusal is shown as it comes.
 */
export const isPendingTransfer = (status: string): boolean => ['active', 'inprogress', 'pending'].includes(status.toLowerCase());

/** A status the documentation does not name: the item is left unchanged (and the value logged once). */
export function isDocumentedStatus(kind: StatusKind, status: string): boolean {
  return (kind === 'gdapApproval' ? GDAP_STATUSES : TRANSFER_STATUSES).has(status.toLowerCase());
}

/** Graph's delegatedAdminRelationshipStatus, as the changes the model knows: only `active` counts as approved. */
export function gdapChange(status: string): CaseChange | undefined {
  const s = status.toLowerCase();
  return s === 'active' ? 'approved' : s === 'expired' ? 'expired' : s === 'terminated' ? 'terminated' : undefined;
}

/** Partner Center's transfer status, as the changes the model knows. */
export function transferChange(status: string): CaseChange | undefined {
  const s = status.toLowerCase();
  if (s === 'canceled') return 'cancelled';
  return s === 'complete' || s === 'completed' ? 'completed' : s === 'expired' ? 'expired' : undefined;
}

/** A read's meaning: a change to apply, or nothing new (with, for a transfer, when it runs out if Partner Center said). */
export type StatusMeaning = { change: CaseChange } | { unchanged: true; until?: number };

/**
 * What a status read means. An undocumented value changes nothing. `until` is reported only for
 * a transfer that did not change and whose `expirationTime` is a readable date: a changed item
 * needs no deadline, and a GDAP read has its end elsewhere (relationshipHealth.ts).
 */
export function statusMeaning(kind: StatusKind, status: string, expirationTime?: string): StatusMeaning {
  const change = !isDocumentedStatus(kind, status) ? undefined : kind === 'gdapApproval' ? gdapChange(status) : transferChange(status);
  if (change) return { change };
  const until = kind === 'transfer' ? Date.parse(expirationTime ?? '') : NaN;
  return Number.isFinite(until) ? { unchanged: true, until } : { unchanged: true };
}
