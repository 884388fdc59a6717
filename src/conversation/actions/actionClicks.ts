// A click on one of the Partner Center actions' buttons: on a result card (start), or on the
// action's own card (review, confirm, cancel, check the status, show the customer's message in
// another language). Read from untrusted data: every field is checked and bounded, anything else
// is not an action click at all. Pure: the host carries the action out (src/hosting/actions).
import { ACTION_KINDS, ActionKind } from '../../domain/actions';
import { isLocaleTag, LocaleTag } from '../../domain/locales';
import { OUTCOME_ROWS, OutcomeRow } from '../../domain/outcomes';
import { isRecord } from '../../domain/records';

/** The `action` of every action button's data (and so the verb of its Action.Execute in Teams). */
export const PARTNER_ACTION = 'partnerCenter';

/** `assign` opens a GDAP card's access assignments (once the relationship is active); `search` lists the partner's security groups by a typed name. */
/** `cancelTransfer` asks to confirm cancelling a pending transfer request; `autoExtend`, turning on an active relationship's automatic extension. */
export const ACTION_STEPS = [
  'start',
  'review',
  'confirm',
  'cancel',
  'status',
  'messageLanguage',
  'signOut',
  'assign',
  'search',
  'undo',
  'cancelTransfer',
  'autoExtend',
] as const;
export type ActionStep = (typeof ACTION_STEPS)[number];

/** What the partner typed or chose on the card (the inputs Teams and Web Chat merge into the data). */
export interface ActionInputs {
  customer?: string;
  /** A customer picked among the matches of what was typed (its domain, or its tenant ID). */
  customerChoice?: string;
  currentPartner?: string;
  currentPartnerName?: string;
  customerEmail?: string;
  /** An indirect provider's reseller, by partner ID (the transfer's partnerOnRecord). */
  partnerOnRecord?: string;
  roleSet?: string;
  duration?: string;
  autoExtend?: boolean;
  roles?: string[];
  messageLocale?: LocaleTag;
  /** The start of a security group's name, to search the partner's groups by. */
  groupSearch?: string;
  /** The security groups picked (their ids). */
  groups?: string[];
  /** Per picked group, in the order of the review card, the roles chosen for it (inputs roles0, roles1, ...). */
  groupRoles?: string[][];
}

export interface ActionClick {
  step: ActionStep;
  kind: ActionKind;
  /** The action card the click came from (absent on a result card's button). */
  cardId?: string;
  /** The result's row (a result card's button): what the action starts from. */
  row?: OutcomeRow;
  /** The customer's service on the result, for the role set a GDAP request starts from. */
  service?: string;
  inputs: ActionInputs;
  /** The version of the card the button was shown with (cardVersions.ts); absent on cards without one. */
  version?: number;
}

/** Longest text taken from one input: a domain is at most 253 characters, a name not much more. */
const MAX_INPUT = 256;
const CARD_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_ROLES = 40;
/** The most security groups one confirmation assigns (the review card has one role picker per group). */
export const MAX_GROUPS = 10;

/**
 * Whether an action's start already needs the partner's sign-in: one rule, sign in when the first
 * Partner Center call is needed. The invitation link is asked for at once; a form calls nothing
 * before its Continue (the customer's look-up), so its sign-in comes there, as the form says.
 */
export const signsInAtStart = (kind: ActionKind): boolean => kind === 'invitationLink';

export function isActionClickData(data: unknown): boolean {
  return isRecord(data) && data.action === PARTNER_ACTION;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A name copied from a card carries its invisible word joiners (actionCards.plainText): they are no part of it.
  const trimmed = value.replace(/[\u2060\u200b]/g, '').trim();
  return trimmed.length > 0 && trimmed.length <= MAX_INPUT ? trimmed : undefined;
}

/** Input.Toggle sends "true"/"false" as text; Teams may send a boolean. */
function toggle(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** A multi-select ChoiceSet sends its values joined by commas. */
function list(value: unknown): string[] | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT * MAX_ROLES) return undefined;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= MAX_INPUT)
    .slice(0, MAX_ROLES);
}

/**
 * The click, or undefined when the data is not a well-formed action click. Read by hand rather
 * than by a JSON Schema (ajv): it normalises as it reads (Input.Toggle's "true", a multi-select's
 * commas, the word joiners a copied name carries, a value trimmed and bounded), which a schema
 * checks but does not do.
 */
export function readActionClick(data: unknown): ActionClick | undefined {
  if (!isRecord(data) || data.action !== PARTNER_ACTION) return undefined;
  const step = oneOf(ACTION_STEPS, data.step);
  const kind = oneOf(ACTION_KINDS, data.kind);
  if (!step || !kind) return undefined;
  const cardId = typeof data.card === 'string' && CARD_ID.test(data.card) ? data.card : undefined;
  // Every step but the first belongs to a card.
  if (step !== 'start' && !cardId) return undefined;
  const row = oneOf(OUTCOME_ROWS, data.row);
  if (step === 'start' && !row) return undefined;
  const inputs: ActionInputs = {};
  const fields = [
    'customer',
    'currentPartner',
    'currentPartnerName',
    'customerEmail',
    'partnerOnRecord',
    'roleSet',
    'duration',
    'groupSearch',
    'customerChoice',
  ] as const;
  for (const field of fields) {
    const value = text(data[field]);
    if (value !== undefined) inputs[field] = value;
  }
  const autoExtend = toggle(data.autoExtend);
  if (autoExtend !== undefined) inputs.autoExtend = autoExtend;
  const roles = list(data.roles);
  if (roles !== undefined) inputs.roles = roles;
  const groups = list(data.groups);
  if (groups !== undefined) inputs.groups = groups.slice(0, MAX_GROUPS);
  const groupRoles = Array.from({ length: MAX_GROUPS }, (_, i) => list(data[`roles${i}`]) ?? []);
  if (groupRoles.some((r) => r.length > 0)) inputs.groupRoles = groupRoles;
  if (isLocaleTag(data.messageLocale)) inputs.messageLocale = data.messageLocale;
  const service = text(data.service);
  const version = Number.isSafeInteger(data.v) && (data.v as number) > 0 ? { version: data.v as number } : {};
  return { step, kind, inputs, ...(cardId ? { cardId } : {}), ...(row ? { row } : {}), ...(service ? { service } : {}), ...version };
}
