// Relationships kept healthy (review 4, gap 3): an approved GDAP relationship stays followed,
// lightly, until it ends. Graph's delegatedAdminRelationship says when (endDateTime: activatedDateTime
// + duration) and whether it extends itself (autoExtendDuration: PT0S or P0D, the default, "expires
// when the endDateTime is reached"; P180D extends it). One reminder comes before an end that is not
// extended, with an offer to turn auto-extend on, which Microsoft does not allow while the
// relationship includes Global Administrator. Pure: the reads, the messages and the clock are the shell's.
import { isGlobalAdministrator } from './actions';
import type { FollowUp, OpenItem } from './cases';

const DAY = 24 * 60 * 60 * 1000;

/** The reminder comes this long before the end (a month to extend, or to request again). */
export const ENDS_SOON_DAYS = 30;
/** An approved relationship's status is read this often (a termination without its event is still told). */
export const HEALTH_READ_MS = DAY;

/**
 * When an approved relationship is read again: a day later once its end is known; before that (Graph
 * may still say `approved`, without an end, for a while after the approval), at the next poll, so the
 * reminder before the end is never a day late.
 */
export const nextHealthReadAt = (now: number, endKnown: boolean, pollMs: number): number => now + (endKnown ? HEALTH_READ_MS : pollMs);

/** What a read of the relationship says about its end. */
export interface RelationshipEnd {
  endsAt?: number;
  autoExtends: boolean;
  globalAdministrator: boolean;
}

/** From Graph's fields: no autoExtendDuration, PT0S or P0D means it does not extend itself. */
export function relationshipEnd(r: { endDateTime?: string; autoExtendDuration?: string; roleDefinitionIds: readonly string[] }): RelationshipEnd {
  const at = Date.parse(r.endDateTime ?? '');
  const extend = (r.autoExtendDuration ?? 'PT0S').toUpperCase();
  return {
    ...(Number.isFinite(at) ? { endsAt: at } : {}),
    autoExtends: !/^P(?:T0+[HMS]|0+D)$/.test(extend) && /^P/.test(extend),
    globalAdministrator: r.roleDefinitionIds.some(isGlobalAdministrator),
  };
}

/** Turning auto-extend on (PATCH autoExtendDuration P180D): offered, or refused as Microsoft does with Global Administrator. */
export type AutoExtendOffer = 'offer' | 'globalAdministrator' | 'already';

export function autoExtendOffer(end: RelationshipEnd): AutoExtendOffer {
  if (end.autoExtends) return 'already';
  return end.globalAdministrator ? 'globalAdministrator' : 'offer';
}

/** An approved relationship, followed until it ends. */
export const followsRelationship = (item: Pick<OpenItem, 'kind' | 'status' | 'unreachableAt'>): boolean =>
  item.kind === 'gdapApproval' && item.status === 'approved' && item.unreachableAt === undefined;

/** The end as last read, kept on the item. */
export function withEnd(item: OpenItem, end: RelationshipEnd): OpenItem | undefined {
  if (!followsRelationship(item)) return undefined;
  const same = item.endsAt === end.endsAt && item.autoExtends === end.autoExtends && item.globalAdministrator === end.globalAdministrator;
  if (same) return undefined;
  const { endsAt: _e, ...rest } = item;
  return { ...rest, ...(end.endsAt !== undefined ? { endsAt: end.endsAt } : {}), autoExtends: end.autoExtends, globalAdministrator: end.globalAdministrator };
}

/** The partner turned automatic extension on from a card: no reminder before the end (the next read confirms it). */
export function autoExtendedOn(item: OpenItem): OpenItem | undefined {
  return followsRelationship(item) && item.autoExtends !== true ? { ...item, autoExtends: true } : undefined;
}

/** When the reminder before the end falls due: ENDS_SOON_DAYS before an end that is not extended, once. */
export function endsSoonAt(item: OpenItem): number | undefined {
  if (!followsRelationship(item) || item.endsAt === undefined || item.autoExtends !== false || item.quiet || item.sent.includes('endsSoon')) return undefined;
  return Math.max(item.endsAt - ENDS_SOON_DAYS * DAY, item.snoozedUntil ?? 0);
}

/** The reminder due now, claimed in the item (none once the end has passed: the expiry is told instead). */
export function endsSoonDue(item: OpenItem, now: number): { item: OpenItem; followUp: FollowUp } | undefined {
  const at = endsSoonAt(item);
  if (at === undefined || now < at || now >= item.endsAt!) return undefined;
  return { item: { ...item, sent: [...item.sent, 'endsSoon'] }, followUp: 'endsSoon' };
}

/** A relationship followed is kept until a while after its end, not only 30 days after its approval. */
export const keptUntil = (item: Pick<OpenItem, 'endsAt'>, otherwise: number): number =>
  item.endsAt !== undefined ? Math.max(otherwise, item.endsAt + DAY) : otherwise;
