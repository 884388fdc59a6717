// The vocabulary of the Partner Center actions' machines: what comes in (a validated click, a
// call's result, the sign-in's answer), what goes out (effects as data: a call to make, a screen
// to show or send, an audit record, the claim to save, a sign-in to ask for), and the state a step
// moves (the card's record). Pure: the host runs the effects (src/hosting/actions) and feeds each
// call's result back as the next event, so a whole turn is a loop of `step`.
import type { ActionFailure, ActionKind, ActionResult, CustomerRef, GdapDuration } from '../../domain/actions';
import type { GroupFacts } from '../../domain/accessAssignments';
import type { LocaleTag } from '../../domain/locales';
import type { ActionClick, ActionInputs } from './actionClicks';
import type { CustomerView } from './actionCards';
import type { ActionRecord, AssignmentView, GdapChoice, GroupChoice, Owner, TransferTyped } from './actionRecords';
import type { ShownVersion } from './cardVersions';
import type { ActionScope, ScopeAnswers, WithheldReason } from '../../domain/actions';
import type { Retry } from './actionViews';

/** A customer found, none, or several (the partner then types the full domain or the tenant ID). */
export type Lookup = CustomerView | { none: true } | { many: readonly CustomerView[] };

/** A text of the catalog's `actions` section, by its path, with its placeholders' values (`value`: as the partner typed it, shown as plain text). */
export interface Say {
  say: SayKey;
  with?: Record<string, string | number>;
  /** The action named in the text (its `{action}`), in the partner's language. */
  action?: ActionKind;
}
export type SayKey =
  | 'problems.expired'
  | 'problems.stale'
  | 'problems.notYours'
  | 'problems.notYoursUnnamed'
  | 'problems.tooManyOpen'
  | 'problems.required'
  | 'problems.customerFormat'
  | 'problems.customerNotFound'
  | 'problems.customerChoose'
  | 'problems.emailFormat'
  | 'problems.tenantFormat'
  | 'problems.partnerIdFormat'
  | 'problems.noRoles'
  | 'problems.noGroups'
  | 'problems.notActive'
  | 'access.noRemoval'
  | 'access.removed'
  | 'steps.opened'
  | 'steps.cancelled'
  | `notOffered.${'noResult' | WithheldReason}`
  | 'signIn.signedOut'
  | 'signIn.done'
  | 'signIn.codeRejected'
  | 'signIn.tooManyCodes'
  | 'signIn.waiting'
  | 'signIn.failed'
  | 'failures.unavailable'
  | `transfer.${'notPending' | 'cancelled'}`
  | `extend.${'done' | 'already' | 'notActive' | 'globalAdministrator'}`;

/** What a card says is wrong: a text, a call's failure, or what a group's existing assignment holds. */
export type Problem = Say | { failure: ActionFailure } | { existing: readonly Existing[] };
export interface Existing {
  verdict: 'removing' | 'otherRoles';
  group: string;
  roleIds: readonly string[];
}

/** What is shown, described: the host renders it from the card's record (conversation/actions/actionViews.ts). */
export type Screen =
  | { line: Say }
  /** The card of the record as the step leaves it. */
  | { card: 'record'; problem?: Problem }
  | { card: 'form'; inputs: ActionInputs; problem?: Problem; matches?: readonly CustomerView[] }
  | { card: 'review'; selected: readonly string[]; problem?: Problem }
  | { card: 'assign'; problem?: Problem; selected?: readonly string[][] }
  | { card: 'failed'; kind: ActionKind; failure: ActionFailure; retry: Retry };

/** A request to Partner Center, Graph or the token service, with its inputs. */
export type Call =
  | { call: 'token' }
  | { call: 'invitationUrl' }
  | { call: 'findCustomer'; ref: CustomerRef }
  | {
      call: 'requestGdap';
      confirmationKey: string;
      customerTenantId: string;
      customerName?: string;
      roleDefinitionIds: readonly string[];
      duration: GdapDuration;
      autoExtend: boolean;
    }
  | { call: 'createTransfer'; review: Extract<ActionRecord, { kind: 'startTransfer'; stage: 'review' }>; requestId: string }
  | { call: 'getTransfer'; customerTenantId: string; transferId: string }
  /** update-a-transfer: the transfer entity as read, with `"status": "Cancel"`. */
  | { call: 'cancelTransfer'; customerTenantId: string; transferId: string; entity: Readonly<Record<string, unknown>> }
  /** Update delegatedAdminRelationship: `autoExtendDuration` P180D, with the relationship's ETag in If-Match. */
  | { call: 'extendRelationship'; relationshipId: string; etag: string }
  | { call: 'getRelationship'; relationshipId: string }
  | { call: 'listGroups'; search: string }
  | { call: 'groupFacts'; groupIds: readonly string[] }
  | { call: 'createAssignment'; relationshipId: string; groupId: string; roleIds: readonly string[] }
  | { call: 'deleteAssignment'; relationshipId: string; assignmentId: string }
  | { call: 'listAssignments'; relationshipId: string };

export interface AssignmentMade {
  id: string;
  roleDefinitionIds: readonly string[];
  status: string;
  createdAt?: number;
  existed?: true;
}

/** A call's answer, as the host fed it back. */
export type Answer =
  | { of: 'token'; signedIn: boolean }
  | { of: 'invitationUrl'; result: ActionResult<string> }
  | { of: 'findCustomer'; result: ActionResult<Lookup> }
  | { of: 'requestGdap'; result: ActionResult<{ relationshipId: string; approvalUrl: string }> }
  | { of: 'createTransfer'; result: ActionResult<{ id: string; status: string }> }
  /** `entity`: the transfer as Partner Center answered, sent back whole by a cancel (kept in the turn only). */
  | { of: 'getTransfer'; result: ActionResult<{ status: string; entity?: Readonly<Record<string, unknown>> }> }
  | { of: 'getRelationship'; result: ActionResult<RelationshipRead> }
  | { of: 'cancelTransfer'; result: ActionResult<{ status: string }> }
  | { of: 'extendRelationship'; result: ActionResult<true> }
  | { of: 'listGroups'; result: ActionResult<readonly { id: string; displayName: string }[]> }
  | { of: 'groupFacts'; facts: ReadonlyMap<string, GroupFacts> }
  | { of: 'createAssignment'; result: ActionResult<AssignmentMade> }
  | { of: 'deleteAssignment'; result: ActionResult<true> }
  | { of: 'listAssignments'; result: ActionResult<readonly { id: string; status: string; createdAt?: number }[]> };

/** A relationship as Graph reads it: its status and roles, and what an update needs (its ETag) and changes (autoExtendDuration). */
export interface RelationshipRead {
  status: string;
  roleDefinitionIds: readonly string[];
  etag?: string;
  autoExtendDuration?: string;
}

export type AuditAction = 'invitationLink' | 'requestGdap' | 'startTransfer' | 'assignAccess' | 'removeAccess' | 'cancelTransfer' | 'autoExtend';

export type Effect =
  | { do: 'call'; call: Call }
  /** The turn's answer: `replaces` the clicked card (in place where the host has that), else a line or a message. */
  | { do: 'show'; screen: Screen; replaces: boolean }
  /** A message of its own (a new card), the clicked card left as it is. */
  | { do: 'send'; screen: Screen }
  /** A line for the one who clicked only, nothing posted (a Teams invoke's answer). */
  | { do: 'reply'; line: Say }
  | { do: 'audit'; action: AuditAction; customerTenantId: string; outcome: 'succeeded' | ActionFailure['kind']; resultId?: string }
  /** The claimed record saved now, before the create call (one call whichever instance gets the click). */
  | { do: 'saveClaim' }
  /** The click waits for its sender's sign-in (the host asks for it in the channel's way). */
  | { do: 'signIn'; click: ActionClick }
  /** The sender signed out (through the token service). */
  | { do: 'signOut' };

/** What a step works on: the card's record (undefined before a start, or forgotten), and the step's own memory within the turn. */
export interface CardState {
  cardId?: string;
  record?: ActionRecord;
  /** What a step that made a call waits for (kept in the turn only, never in the store). */
  awaiting?: Awaiting;
}

export type Awaiting =
  | { for: 'signIn'; click: ActionClick }
  | { for: 'invitationUrl'; common: Common }
  | { for: 'findCustomer'; inputs: ActionInputs; ref: CustomerRef; choice?: GdapChoice; typed?: TransferTyped }
  | { for: 'requestGdap'; roles: readonly string[] }
  | { for: 'createTransfer'; requestId: string }
  | { for: 'status' }
  | { for: 'relationship' }
  | { for: 'groups'; search: string }
  | { for: 'facts'; chosen: readonly GroupChoice[] }
  | { for: 'assignments'; index: number; made: readonly AssignmentView[]; existing: readonly Existing[] }
  | { for: 'removals'; current: string; left: readonly string[] }
  | { for: 'assignmentStatus'; said?: Say }
  | { for: 'cancelRead' }
  | { for: 'cancelCall' }
  /** `retried`: the relationship changed under the first update (412) and was read again: a second change is a failure. */
  | { for: 'extendRead'; retried: boolean }
  | { for: 'extendCall'; retried: boolean };

/** What a step knows besides its state: who acts, when, and what the host was told. */
export interface StepContext {
  user: Owner;
  now: number;
  /** A retried delivery of a turn already taken (Teams' retry, the turn runner's rerun). */
  replayed: boolean;
  /** A Teams click: its answer replaces the card, so a line for someone else's card is theirs alone. */
  inPlace: boolean;
  locale: LocaleTag;
  /** The role sets the GDAP card offers, by id with their roles' ids. */
  roleSets: readonly { id: string; roleIds: readonly string[] }[];
  /** A new card's id and a new MS-RequestId, should the step need one (made by the host: the step stays pure). */
  newCardId: string;
  newRequestId: string;
  /** The conversation's settled result (a start acts on it only), and the partner's bound on open items when they are at it. */
  scope?: ActionScope & { answers: ScopeAnswers & { service?: string } };
  openLimit?: number;
  /** The version of the clicked card last shown (a click on an older copy is stale). */
  lastShown?: ShownVersion;
}

/** What every record keeps whatever its stage. */
export type Common = Pick<ActionRecord, 'owner' | 'row' | 'at' | 'partnerType'>;

export interface Stepped {
  state: CardState;
  effects: Effect[];
}

export type CardEvent = { on: 'click'; click: ActionClick } | ({ on: 'answer' } & Answer);

export const stepped = (state: CardState, ...effects: Effect[]): Stepped => ({ state, effects });

/** Whether the service answered at all: a timeout or a lost connection did not (a transfer's request id is then kept for the retry). */
export function answered(result: ActionResult<unknown>): boolean {
  return result.ok || !(result.failure.kind === 'timeout' || (result.failure.kind === 'unavailable' && result.failure.status === 0));
}

/** The audit's outcome of a call. */
export const outcomeOf = (result: ActionResult<unknown>): 'succeeded' | ActionFailure['kind'] => (result.ok ? 'succeeded' : result.failure.kind);
