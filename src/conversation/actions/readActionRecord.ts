// An action card's record read back from state (actionRecords.ts says what each holds): checked
// field by field and bounded, so a record of another shape (an older release, a tampered store)
// is no record and its card is answered as expired instead of failing. Pure.
import { ACTION_KINDS, GDAP_DURATIONS } from '../../domain/actions';
import { readGroupFacts } from '../../domain/accessAssignments';
import { isLocaleTag, LocaleTag } from '../../domain/locales';
import { OUTCOME_ROWS } from '../../domain/outcomes';
import { PARTNER_TYPES } from '../../domain/questions';
import { isRecord } from '../../domain/records';
import type { CustomerView } from './actionCards';
import type { ActionRecord, AssignmentView, GdapChoice, GroupChoice, GroupPick, Owner, TransferTyped } from './actionRecords';

type Common = Pick<ActionRecord, 'owner' | 'row' | 'at' | 'partnerType'>;
type Granted = Pick<Extract<ActionRecord, { stage: 'assigned' }>, 'customer' | 'relationshipId' | 'approvalUrl' | 'messageLocale' | 'roleIds'>;

const str = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;

function readOwner(v: unknown): Owner | undefined {
  if (!isRecord(v) || !str(v.id, 256) || v.id === '') return undefined;
  return str(v.name, 256) ? { id: v.id, name: v.name } : { id: v.id };
}

function readCustomer(v: unknown): CustomerView | undefined {
  if (!isRecord(v) || !str(v.tenantId, 64) || !str(v.companyName, 512) || !str(v.domain, 256)) return undefined;
  return { tenantId: v.tenantId, companyName: v.companyName, domain: v.domain };
}

function readChoice(v: unknown): GdapChoice | undefined {
  if (!isRecord(v) || !str(v.roleSet, 128) || typeof v.autoExtend !== 'boolean') return undefined;
  const duration = GDAP_DURATIONS.find((d) => d === v.duration);
  return duration ? { roleSet: v.roleSet, duration, autoExtend: v.autoExtend } : undefined;
}

function readTyped(v: unknown): TransferTyped | undefined {
  if (!isRecord(v) || !str(v.currentPartner, 256) || !str(v.currentPartnerName, 256) || !str(v.customerEmail, 256)) return undefined;
  const typed = { currentPartner: v.currentPartner, currentPartnerName: v.currentPartnerName, customerEmail: v.customerEmail };
  return str(v.partnerOnRecord, 16) ? { ...typed, partnerOnRecord: v.partnerOnRecord } : typed;
}

const checked = (v: Record<string, unknown>): { status?: string; checkedAt?: number } => ({
  ...(str(v.status, 64) ? { status: v.status } : {}),
  ...(typeof v.checkedAt === 'number' ? { checkedAt: v.checkedAt } : {}),
});

const ids = (v: unknown, max = 40): v is string[] => Array.isArray(v) && v.length <= max && v.every((x) => str(x, 64));

function readGranted(v: Record<string, unknown>, customer: CustomerView | undefined, locale: LocaleTag | undefined): Granted | undefined {
  if (!customer || !str(v.relationshipId, 256) || !str(v.approvalUrl) || !locale || !ids(v.roleIds)) return undefined;
  return { customer, relationshipId: v.relationshipId, approvalUrl: v.approvalUrl, messageLocale: locale, roleIds: v.roleIds };
}

const readGroup = (v: unknown): GroupChoice | undefined => (isRecord(v) && str(v.id, 64) && str(v.name, 256) ? { id: v.id, name: v.name } : undefined);

function readList<T>(v: unknown, max: number, read: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const all = v.map(read);
  return all.every((x) => x !== undefined) ? (all as T[]) : undefined;
}

const readPick = (v: unknown): GroupPick | undefined => {
  const group = readGroup(v);
  return group && isRecord(v) && ids(v.roleIds)
    ? { ...group, roleIds: v.roleIds, ...readGroupFacts(v), ...(v.templated === true ? { templated: true } : {}) }
    : undefined;
};

const readAssignment = (v: unknown): AssignmentView | undefined => {
  if (!isRecord(v) || !str(v.id, 256) || !str(v.groupId, 64) || !str(v.groupName, 256) || !ids(v.roleIds) || !str(v.status, 64)) return undefined;
  const at = typeof v.createdAt === 'number' ? { createdAt: v.createdAt } : {};
  return { id: v.id, groupId: v.groupId, groupName: v.groupName, roleIds: v.roleIds, status: v.status, ...at };
};

const claimOf = (v: Record<string, unknown>): { claimedAt?: number } => (typeof v.claimedAt === 'number' ? { claimedAt: v.claimedAt } : {});

/** A record read back from state, or undefined when it is not one this release wrote. */
export function readRecord(v: unknown): ActionRecord | undefined {
  if (!isRecord(v)) return undefined;
  const owner = readOwner(v.owner);
  const kind = ACTION_KINDS.find((k) => k === v.kind);
  const row = OUTCOME_ROWS.find((r) => r === v.row);
  if (!owner || !kind || !row || typeof v.at !== 'number') return undefined;
  const partnerType = PARTNER_TYPES.find((p) => p === v.partnerType);
  const common: Common = { owner, row, at: v.at, ...(partnerType ? { partnerType } : {}) };
  const customer = readCustomer(v.customer);
  const locale = isLocaleTag(v.messageLocale) ? v.messageLocale : undefined;
  switch (`${kind}/${String(v.stage)}`) {
    case 'invitationLink/done':
      return str(v.url) && locale
        ? {
            ...common,
            kind: 'invitationLink',
            stage: 'done',
            url: v.url,
            messageLocale: locale,
            ...(str(v.named, 256) && v.named !== '' ? { named: v.named } : {}),
          }
        : undefined;
    case 'requestGdap/form': {
      const choice = readChoice(v.choice);
      return choice ? { ...common, kind: 'requestGdap', stage: 'form', choice } : undefined;
    }
    case 'requestGdap/review': {
      const choice = readChoice(v.choice);
      return choice && customer ? { ...common, kind: 'requestGdap', stage: 'review', choice, customer, ...claimOf(v) } : undefined;
    }
    case 'requestGdap/done':
      return customer && str(v.relationshipId, 256) && str(v.approvalUrl) && locale
        ? {
            ...common,
            kind: 'requestGdap',
            stage: 'done',
            customer,
            relationshipId: v.relationshipId,
            approvalUrl: v.approvalUrl,
            messageLocale: locale,
            ...checked(v),
            ...(typeof v.autoExtends === 'boolean' ? { autoExtends: v.autoExtends } : {}),
          }
        : undefined;
    case 'requestGdap/extendReview':
      return customer && str(v.relationshipId, 256) && str(v.approvalUrl) && locale
        ? {
            ...common,
            kind: 'requestGdap',
            stage: 'extendReview',
            customer,
            relationshipId: v.relationshipId,
            approvalUrl: v.approvalUrl,
            messageLocale: locale,
            ...claimOf(v),
          }
        : undefined;
    case 'requestGdap/assignForm': {
      const granted = readGranted(v, customer, locale);
      const groups = readList(v.groups, 20, readGroup);
      if (!granted || !groups) return undefined;
      return { ...common, kind: 'requestGdap', stage: 'assignForm', ...granted, groups, ...(str(v.search, 256) ? { search: v.search } : {}) };
    }
    case 'requestGdap/assignReview': {
      const granted = readGranted(v, customer, locale);
      const picks = readList(v.picks, 10, readPick);
      return granted && picks ? { ...common, kind: 'requestGdap', stage: 'assignReview', ...granted, picks, ...claimOf(v) } : undefined;
    }
    case 'requestGdap/assigned': {
      const granted = readGranted(v, customer, locale);
      const assignments = readList(v.assignments, 10, readAssignment);
      if (!granted || !assignments) return undefined;
      const at = typeof v.checkedAt === 'number' ? { checkedAt: v.checkedAt } : {};
      return { ...common, kind: 'requestGdap', stage: 'assigned', ...granted, assignments, ...at };
    }
    case 'startTransfer/form':
      return { ...common, kind: 'startTransfer', stage: 'form' };
    case 'startTransfer/review': {
      const typed = readTyped(v.typed);
      if (!typed || !customer) return undefined;
      return { ...common, kind: 'startTransfer', stage: 'review', typed, customer, ...(str(v.requestId, 64) ? { requestId: v.requestId } : {}), ...claimOf(v) };
    }
    case 'startTransfer/done':
      return customer && str(v.transferId, 256) && str(v.status, 64)
        ? {
            ...common,
            kind: 'startTransfer',
            stage: 'done',
            customer,
            transferId: v.transferId,
            status: v.status,
            ...(typeof v.checkedAt === 'number' ? { checkedAt: v.checkedAt } : {}),
          }
        : undefined;
    case 'startTransfer/cancelReview':
      return customer && str(v.transferId, 256) && str(v.status, 64)
        ? { ...common, kind: 'startTransfer', stage: 'cancelReview', customer, transferId: v.transferId, status: v.status, ...claimOf(v) }
        : undefined;
    default:
      return v.stage === 'cancelled' ? { ...common, kind, stage: 'cancelled' } : undefined;
  }
}
