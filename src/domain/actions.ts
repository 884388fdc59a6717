// What the advisor could do in Partner Center with the partner after a verdict, and the rules a
// GDAP request must meet before it is sent. Pure: the calls themselves are the shell's
// (src/hosting/microsoftApis); the role sets are content (content/actions/roleSets.json).
import roleSetsFile from '../../content/actions/roleSets.json';
import type { Outcome, OutcomeRow } from './outcomes';
import type { Answers } from './questions';

export const ACTION_KINDS = ['invitationLink', 'requestGdap', 'startTransfer'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * The actions of edition 2026-11's rows (the only edition with actions), decided from the rows'
 * steps (content/texts, outcomes.2026-11):
 * - invitationLink: the first step has the partner request (or set up) the reseller relationship
 *   (G1, G2, G3, G5), and the transfer rows' first step too (G4, G6: the customer accepts the
 *   reseller relationship before anything moves).
 * - requestGdap: the support rows (goal support: G1, G5), whose steps ask for GDAP with the
 *   roles support needs.
 * - startTransfer: the rows whose verdict is `transfer` (G4 Azure plan, G6 new commerce).
 * None for G7 (no way in) and the 21Vianet rows (C1-C6): that Partner Center has its own API.
 * Edition 2020 predates GDAP and partner transfers: none.
 */
const ACTIONS_2026: Partial<Record<OutcomeRow, readonly ActionKind[]>> = {
  G1: ['invitationLink', 'requestGdap'],
  G2: ['invitationLink'],
  G3: ['invitationLink'],
  G4: ['invitationLink', 'startTransfer'],
  G5: ['invitationLink', 'requestGdap'],
  G6: ['invitationLink', 'startTransfer'],
};

/**
 * Why a result does not offer an action:
 * - edition: the edition predates the actions (2020);
 * - china: Partner Center operated by 21Vianet (its own API; GDAP there to be confirmed with 21Vianet, erratum E9);
 * - gdapUsgov: Partner Center documents GDAP as not available for Microsoft Cloud for US Government
 *   (multipartner page) although Graph lists US Government L4/L5 endpoints (erratum E6): the
 *   relationship is Partner Center's, so its page decides, and the card's note says how access is granted;
 * - gdapEa: the row's note says GDAP doesn't cover Enterprise Agreement subscriptions (erratum E7);
 * - transferViaProvider: an indirect reseller's transfers are created by their indirect provider;
 * - notForRow: the row's steps have no such step.
 */
export type WithheldReason = 'edition' | 'china' | 'gdapUsgov' | 'gdapEa' | 'transferViaProvider' | 'notForRow';
export const WITHHELD_REASONS: readonly WithheldReason[] = ['edition', 'china', 'gdapUsgov', 'gdapEa', 'transferViaProvider', 'notForRow'];

/** What the server reads an action's scope from: the conversation's own result and answers, never the click. */
export type ActionScope = Pick<Outcome, 'edition' | 'row' | 'verdict' | 'notes'>;
export type ScopeAnswers = Pick<Answers, 'cloud' | 'partnerType'>;

/** Whether a result offers the action, and if not, why. */
export function actionAvailability(outcome: ActionScope, answers: ScopeAnswers, kind: ActionKind): 'offered' | WithheldReason {
  if (outcome.edition !== '2026-11') return 'edition';
  if (answers.cloud === 'china' || outcome.row.startsWith('C')) return 'china';
  if (!(ACTIONS_2026[outcome.row] ?? []).includes(kind)) return 'notForRow';
  if (kind === 'requestGdap') {
    if (answers.cloud !== 'global') return 'gdapUsgov';
    if (outcome.notes.includes('eaGdap')) return 'gdapEa';
  }
  if (kind === 'startTransfer') {
    // The transfer follows the verdict, not the row's name: a later review that changes a verdict changes it.
    if (outcome.verdict !== 'transfer') return 'notForRow';
    if (answers.partnerType === 'indirectReseller') return 'transferViaProvider';
  }
  return 'offered';
}

/** The actions a verdict offers, in the order its steps need them. */
export function actionsFor(outcome: ActionScope, answers: ScopeAnswers): readonly ActionKind[] {
  // ACTION_KINDS is in the order every row's steps need them: the invitation first.
  return ACTION_KINDS.filter((kind) => actionAvailability(outcome, answers, kind) === 'offered');
}

/**
 * How an action failed; never a raw error. `forbidden` names what is missing: the Admin agent
 * role in Partner Center, or the Graph permission DelegatedAdminRelationship.ReadWrite.All.
 * `rejected` is any other refusal of the request itself (400 and kin).
 */
export type ActionFailure =
  | { kind: 'unauthorized' }
  | { kind: 'mfaRequired' }
  | { kind: 'forbidden'; missing: 'adminAgent' | 'graphPermission' }
  | { kind: 'notFound' }
  | { kind: 'conflict' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'unavailable'; status: number }
  | { kind: 'timeout' }
  | { kind: 'rejected'; status: number };
export type ActionFailureKind = ActionFailure['kind'];
export const ACTION_FAILURE_KINDS: readonly ActionFailureKind[] = [
  'unauthorized',
  'mfaRequired',
  'forbidden',
  'notFound',
  'conflict',
  'throttled',
  'unavailable',
  'timeout',
  'rejected',
];

export type ActionResult<T> = { ok: true; value: T } | { ok: false; failure: ActionFailure };

export const succeeded = <T>(value: T): ActionResult<T> => ({ ok: true, value });
export const failed = <T>(failure: ActionFailure): ActionResult<T> => ({ ok: false, failure });

// ---- GDAP role sets and terms ----

export interface EntraRole {
  name: string;
  roleDefinitionId: string;
  /** Microsoft Entra marks the role privileged (built-in roles reference, errata A7). */
  privileged?: boolean;
}
export interface RoleSet {
  id: string;
  why: string;
  roles: readonly EntraRole[];
}

export const ROLE_SETS: readonly RoleSet[] = roleSetsFile.roleSets;
export type RoleSetId = 'm365Support' | 'azureManagement';

export function roleSet(id: RoleSetId): RoleSet {
  const found = ROLE_SETS.find((s) => s.id === id);
  if (!found) throw new Error(`No role set ${id} in content/actions/roleSets.json`);
  return found;
}

/** Microsoft Entra's Global Administrator: a relationship holding it cannot extend itself. */
export const GLOBAL_ADMINISTRATOR_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

/** Whether a role definition id is Global Administrator's, in whatever case it is written (an id is a GUID: its case means nothing). */
export const isGlobalAdministrator = (roleDefinitionId: string): boolean => roleDefinitionId.toLowerCase() === GLOBAL_ADMINISTRATOR_ROLE_ID;

/** Where a global admin of the customer approves a GDAP relationship (Graph's API overview gives the link's form). */
export function approvalLink(relationshipId: string): string {
  return `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${encodeURIComponent(relationshipId)}`;
}

/** Graph's limits on a relationship's duration: one day to two years, in whole days. */
export const MIN_DURATION_DAYS = 1;
export const MAX_DURATION_DAYS = 730;
/** The only automatic extension Graph accepts; `PT0S` (or none) means no extension. */
export const AUTO_EXTEND_DURATION = 'P180D';
export const NO_AUTO_EXTEND = 'PT0S';

export interface GdapTerms {
  /** ISO 8601 days, `P1D`..`P730D`. */
  duration: string;
  autoExtendDuration?: string;
  roleDefinitionIds: readonly string[];
}

export type GdapTermsProblem = 'durationFormat' | 'durationRange' | 'autoExtendValue' | 'autoExtendWithGlobalAdmin' | 'noRoles' | 'roleIdFormat';

const ROLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The days of an ISO 8601 duration written in days (`P90D`), or undefined for any other form. */
export function durationDays(duration: string): number | undefined {
  const m = /^P(\d{1,4})D$/.exec(duration);
  return m ? Number(m[1]) : undefined;
}

/** What is wrong with a GDAP request's terms; empty when Graph would accept them. */
export function gdapTermsProblems(terms: GdapTerms): GdapTermsProblem[] {
  const problems: GdapTermsProblem[] = [];
  const days = durationDays(terms.duration);
  if (days === undefined) problems.push('durationFormat');
  else if (days < MIN_DURATION_DAYS || days > MAX_DURATION_DAYS) problems.push('durationRange');
  const extend = terms.autoExtendDuration;
  const extends_ = extend !== undefined && extend !== NO_AUTO_EXTEND;
  if (extends_ && extend !== AUTO_EXTEND_DURATION) problems.push('autoExtendValue');
  if (extends_ && terms.roleDefinitionIds.some(isGlobalAdministrator)) problems.push('autoExtendWithGlobalAdmin');
  if (terms.roleDefinitionIds.length === 0) problems.push('noRoles');
  if (terms.roleDefinitionIds.some((id) => !ROLE_ID.test(id))) problems.push('roleIdFormat');
  return problems;
}

// ---- What the partner types into an action's card ----

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Labels of letters, digits and hyphens (not at either end), at least two, the last not all digits.
const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const isTenantId = (value: string): boolean => GUID.test(value);
export const isEmailAddress = (value: string): boolean => EMAIL.test(value);

/** A customer as the partner names them: by tenant id (Partner Center's customer id is the same), by a domain, or by the start of its name. */
export type CustomerRef = { by: 'tenantId'; value: string } | { by: 'domain'; value: string } | { by: 'name'; value: string };

export function parseCustomer(typed: string): CustomerRef | undefined {
  const value = typed.trim();
  if (isTenantId(value)) return { by: 'tenantId', value: value.toLowerCase() };
  if (DOMAIN.test(value)) return { by: 'domain', value: value.toLowerCase() };
  // Anything else is the start of a company name (the matches are offered to choose from), within bounds.
  if (value.length >= 2 && value.length <= 100 && !/[\p{Cc}\p{Cf}]/u.test(value)) return { by: 'name', value };
  return undefined;
}

/** The durations a GDAP request offers, longest first (Graph allows up to two years). */
export const GDAP_DURATIONS = ['P730D', 'P365D', 'P180D', 'P90D', 'P30D'] as const;
export type GdapDuration = (typeof GDAP_DURATIONS)[number];

/**
 * The transfer type of a new-commerce transfer (Azure plan items and new-commerce licences
 * alike), a JSON number: the TransferEntity page says "3 resolves to ModernAzure and 5 resolves
 * to NewCommerce. Partners executing partner to partner new commerce transfers can use either but
 * should standardize on 5" (learn.microsoft.com/partner-center/developer/transfer-entity-resources).
 * targetProductTypes says which products may move ("Create a transfer for new commerce").
 */
export const NEW_COMMERCE_TRANSFER_TYPE = 5;
export const TRANSFER_PRODUCT_TYPES: Partial<Record<OutcomeRow, readonly string[]>> = {
  G4: ['AzureSubscription', 'AzureReservation', 'AzureSavingsPlan'],
  G6: ['OnlineServicesNCE'],
};

/**
 * What a transfer request moves, from the products it asked for: Azure plan subscriptions (after
 * which the previous partner keeps Azure RBAC, D14) or new-commerce licences; none for a row
 * without transfers.
 */
export type TransferProducts = 'azurePlan' | 'licences';
export function transferProductsOf(row: OutcomeRow): TransferProducts | undefined {
  const types = TRANSFER_PRODUCT_TYPES[row];
  if (!types) return undefined;
  return types.includes('AzureSubscription') ? 'azurePlan' : 'licences';
}

/** A partner ID (formerly MPN ID), as `partnerOnRecord` takes it: digits only. */
export const isPartnerId = (value: string): boolean => /^\d{5,10}$/.test(value);

/** The role set a support row starts from: Azure's when the customer's service is usage-based (Azure), Microsoft 365's otherwise. */
export function defaultRoleSet(service: string | undefined): RoleSetId {
  return service === 'usage' ? 'azureManagement' : 'm365Support';
}
