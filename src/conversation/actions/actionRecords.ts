// What is kept of each Partner Center action card, per conversation: a union by kind and stage,
// so each step holds exactly what it needs (no optional field standing for "not yet"), and the
// pure decision of what a click on a card does. Read back from state through `readRecord`: a
// record of another shape (an older release, a tampered store) is no record, so its card is
// answered as expired instead of failing. Never a token; ids and what the partner typed only.
import { ActionKind, GdapDuration, parseCustomer } from '../../domain/actions';
import { isPendingTransfer } from '../../domain/partnerCenterStatus';
import { GroupFacts } from '../../domain/accessAssignments';
import type { PlannedAssignment } from '../../domain/assignOnApproval';
import type { LocaleTag } from '../../domain/locales';
import type { OutcomeRow } from '../../domain/outcomes';
import type { PartnerType } from '../../domain/questions';
import { isRecord } from '../../domain/records';
import type { ActionClick } from './actionClicks';
import type { CustomerView } from './actionCards';

export interface Owner {
  id: string;
  name?: string;
}

/** What a GDAP request asks for, as the partner left the form. */
export interface GdapChoice {
  roleSet: string;
  duration: GdapDuration;
  autoExtend: boolean;
  /** Assign access from the templates once the customer approves (asked on the form, where the deployment offers it). */
  assignOnApproval?: true;
}

/** What the partner typed into a transfer's form. */
export interface TransferTyped {
  currentPartner: string;
  currentPartnerName: string;
  customerEmail: string;
  /** An indirect provider's reseller (partner ID). */
  partnerOnRecord?: string;
}

/** A security group of the partner's tenant, as Graph named it. */
export interface GroupChoice {
  id: string;
  name: string;
}

/** A group picked for an access assignment, with the roles chosen for it (its template's at first) and what Graph said of it. */
export interface GroupPick extends GroupChoice, GroupFacts {
  roleIds: string[];
  /** A template named the group (its roles were preselected). */
  templated?: true;
}

/** An access assignment made (or found already made) for a group, and its status in Graph (pending, then active). */
export interface AssignmentView {
  id: string;
  groupId: string;
  groupName: string;
  roleIds: string[];
  status: string;
  /** When Graph made it (how long it has been pending). */
  createdAt?: number;
}

/** What an active relationship's access steps carry from its done card (to go back to it), and the relationship's roles. */
interface Granted {
  customer: CustomerView;
  relationshipId: string;
  approvalUrl: string;
  messageLocale: LocaleTag;
  roleIds: string[];
}

interface Common {
  owner: Owner;
  /** The conversation's result row the card started from (the server's, never the click's). */
  row: OutcomeRow;
  partnerType?: PartnerType;
  at: number;
}

export type ActionRecord = Common &
  /** `named`: the customer the link is for (tenant ID or domain), as its partner named it: only then is an acceptance matched to it. */
  (
    | { kind: 'invitationLink'; stage: 'done'; url: string; messageLocale: LocaleTag; named?: string }
    | { kind: 'requestGdap'; stage: 'form'; choice: GdapChoice }
    /** `claimedAt`: a confirmation is under way (its claim was saved before the call): another click, on any instance, waits for it. */
    | { kind: 'requestGdap'; stage: 'review'; choice: GdapChoice; customer: CustomerView; claimedAt?: number }
    /** `status`, `checkedAt`: the relationship's status in Graph when Check status last asked. */
    | {
        kind: 'requestGdap';
        stage: 'done';
        customer: CustomerView;
        relationshipId: string;
        approvalUrl: string;
        messageLocale: LocaleTag;
        status?: string;
        checkedAt?: number;
        /** Whether the relationship extends itself, as Graph last said (turning auto-extend on reads it). */
        autoExtends?: boolean;
        /** What is assigned once the customer approves (the templates' groups by id, the request's roles), when the partner asked for it. */
        assignOnApproval?: PlannedAssignment[];
      }
    /** Assign access (relationship active): the groups the last search found, to pick from. */
    | ({ kind: 'requestGdap'; stage: 'assignForm'; groups: GroupChoice[]; search?: string } & Granted)
    /** The picked groups and their roles, to confirm; `claimedAt` as for a review. */
    | ({ kind: 'requestGdap'; stage: 'assignReview'; picks: GroupPick[]; claimedAt?: number } & Granted)
    | ({ kind: 'requestGdap'; stage: 'assigned'; assignments: AssignmentView[]; checkedAt?: number } & Granted)
    | { kind: 'startTransfer'; stage: 'form' }
    /** `requestId`: the MS-RequestId of a confirmation that got no answer, sent again by its retry. */
    | { kind: 'startTransfer'; stage: 'review'; typed: TransferTyped; customer: CustomerView; requestId?: string; claimedAt?: number }
    | { kind: 'startTransfer'; stage: 'done'; customer: CustomerView; transferId: string; status: string; checkedAt?: number }
    /** Cancel the transfer request: asked to confirm (the status is read again first); `claimedAt` as for a review. */
    | { kind: 'startTransfer'; stage: 'cancelReview'; customer: CustomerView; transferId: string; status: string; claimedAt?: number }
    /** Turn on the relationship's automatic extension: asked to confirm (the relationship is read again first). */
    | ({ kind: 'requestGdap'; stage: 'extendReview'; claimedAt?: number } & Omit<Granted, 'roleIds'>)
    | { kind: ActionKind; stage: 'cancelled' }
  );

export type ActionStage = ActionRecord['stage'];
export const ACTION_STAGES: readonly ActionStage[] = [
  'form',
  'review',
  'done',
  'cancelled',
  'assignForm',
  'assignReview',
  'assigned',
  'cancelReview',
  'extendReview',
];
/** A done card's second thoughts: cancel the transfer request, turn on the relationship's auto-extend. */
export type Reconsidering = Extract<ActionRecord, { stage: 'cancelReview' | 'extendReview' }>;
export const isReconsidering = (r: ActionRecord | undefined): r is Reconsidering => r?.stage === 'cancelReview' || r?.stage === 'extendReview';
/** The stages of an active relationship's access assignments. */
export type Assigning = Extract<ActionRecord, { stage: 'assignForm' | 'assignReview' | 'assigned' }>;
export const isAssigning = (r: ActionRecord | undefined): r is Assigning => r?.stage === 'assignForm' || r?.stage === 'assignReview' || r?.stage === 'assigned';

export { readRecord } from './readActionRecord';

/** How long a claimed confirmation holds off other clicks: longer than any call's deadline, short enough for a crashed one to be retried. */
export const CLAIM_MS = 2 * 60_000;

/**
 * What a click on an action card does, decided before anything is called:
 * - expired: no such card (forgotten, another conversation's, or crafted) or a click of another kind;
 * - notYours: the card is someone else's (they started it);
 * - show: the card as it stands, nothing done (a retried invoke, a finished card, a step out of order);
 * - cancel / review / confirm / status / messageLanguage: that step, for its owner;
 * - assign: open (or search, or reopen) an active relationship's access assignments;
 * - search: list the partner's security groups by a typed name;
 * - back: leave the access assignment steps for the relationship's card (nothing is sent);
 * - nameCustomer: name the customer an invitation link is for (nothing is sent: its acceptance is matched by it);
 * - cancelReview / extendReview: ask to confirm cancelling a pending transfer request, or turning on an
 *   active relationship's automatic extension (nothing is sent before Confirm).
 */
export type ClickRoute =
  | { to: 'expired' }
  | { to: 'notYours'; ownerName?: string }
  | { to: 'show' }
  | { to: 'cancel' }
  | { to: 'review' }
  | { to: 'confirm' }
  | { to: 'status' }
  | { to: 'messageLanguage'; locale: LocaleTag }
  | { to: 'assign' }
  | { to: 'search' }
  | { to: 'back' }
  | { to: 'undo' }
  | { to: 'nameCustomer' }
  | { to: 'cancelReview' }
  | { to: 'extendReview' };

export function routeClick(record: ActionRecord | undefined, click: ActionClick, userId: string, replayed: boolean, now = Date.now()): ClickRoute {
  if (!record || record.kind !== click.kind) return { to: 'expired' };
  if (record.owner.id !== userId) return record.owner.name ? { to: 'notYours', ownerName: record.owner.name } : { to: 'notYours' };
  if (record.stage === 'done' || record.stage === 'assigned') {
    // Access is assigned only on a relationship Graph last reported active (Check status asks it), and again from the assignments' card.
    const active = record.stage === 'assigned' || (record.kind === 'requestGdap' && record.stage === 'done' && record.status === 'active');
    if (click.step === 'assign' && active && !replayed) return { to: 'assign' };
    // Remove access (undo) from the assignments' card only; a retried click changes nothing twice.
    if (record.stage === 'assigned') return (click.step === 'status' || click.step === 'undo') && !replayed ? { to: click.step } : { to: 'show' };
    if (click.step === 'review' && record.kind === 'invitationLink' && record.stage === 'done' && !record.named && !replayed) return { to: 'nameCustomer' };
    // Cancel only a request last seen pending; auto-extend only a relationship last seen active and not extending itself.
    if (click.step === 'cancelTransfer' && record.kind === 'startTransfer' && isPendingTransfer(record.status) && !replayed) return { to: 'cancelReview' };
    if (click.step === 'autoExtend' && record.kind === 'requestGdap' && record.status === 'active' && !record.autoExtends && !replayed)
      return { to: 'extendReview' };
    // Check status asks again even when Teams retries it (it changes nothing); a language pick only changes the view.
    if (click.step === 'status' && record.kind !== 'invitationLink' && !replayed) return { to: 'status' };
    if (click.step === 'messageLanguage' && click.inputs.messageLocale && record.kind !== 'startTransfer') {
      return { to: 'messageLanguage', locale: click.inputs.messageLocale };
    }
    return { to: 'show' };
  }
  if (replayed || record.stage === 'cancelled') return { to: 'show' };
  // A confirmation another turn (here or on another instance) has claimed and is carrying out: nothing is called twice, nothing changes under it.
  const claimable = record.stage === 'review' || record.stage === 'assignReview' || isReconsidering(record);
  if (claimable && record.claimedAt !== undefined && now - record.claimedAt < CLAIM_MS) return { to: 'show' };
  if (isReconsidering(record)) return click.step === 'cancel' ? { to: 'back' } : click.step === 'confirm' ? { to: 'confirm' } : { to: 'show' };
  if (record.stage === 'assignForm' || record.stage === 'assignReview') {
    if (click.step === 'cancel') return { to: 'back' };
    if (record.stage === 'assignForm' && (click.step === 'search' || click.step === 'review')) return { to: click.step };
    return click.step === 'confirm' && record.stage === 'assignReview' ? { to: 'confirm' } : { to: 'show' };
  }
  if (click.step === 'cancel') return { to: 'cancel' };
  if (click.step === 'review' && record.stage === 'form') return { to: 'review' };
  // A review clicked again on the confirmation's card goes back through the form's checks.
  if (click.step === 'review' && record.stage === 'review') return { to: 'review' };
  if (click.step === 'confirm' && record.stage === 'review') return { to: 'confirm' };
  return { to: 'show' };
}

/** The relationship's card again, as Graph last reported it (active), leaving the access steps. */
export function backToDone(r: Assigning, now = Date.now()): ActionRecord {
  const { customer, relationshipId, approvalUrl, messageLocale } = r;
  return { ...commonOf(r), kind: 'requestGdap', stage: 'done', customer, relationshipId, approvalUrl, messageLocale, status: 'active', checkedAt: now };
}

/** The invitation with the customer it is for: a tenant ID or a domain (a company name could be anyone's); undefined for anything else. */
export function nameInvitation(record: Extract<ActionRecord, { kind: 'invitationLink'; stage: 'done' }>, typed: string | undefined): ActionRecord | undefined {
  const ref = typed ? parseCustomer(typed) : undefined;
  return ref && ref.by !== 'name' ? { ...record, named: ref.value } : undefined;
}

/** What every record keeps whatever its stage. */
export const commonOf = (r: ActionRecord): Common => ({ owner: r.owner, row: r.row, at: r.at, ...(r.partnerType ? { partnerType: r.partnerType } : {}) });

/** Action cards kept per conversation (the oldest forgotten first): a card older than that is answered as expired. */
export const CARDS_KEPT = 20;

/** The cards kept per conversation, oldest forgotten first. */
export function keepRecord(cards: Record<string, unknown>, cardId: string, record: ActionRecord, kept = CARDS_KEPT): Record<string, unknown> {
  const next = { ...cards, [cardId]: record };
  const at = (id: string): number => {
    const r = next[id];
    return isRecord(r) && typeof r.at === 'number' ? r.at : 0;
  };
  const ids = Object.keys(next).sort((a, b) => at(a) - at(b));
  for (const old of ids.slice(0, Math.max(0, ids.length - kept))) delete next[old];
  return next;
}
