// From a Partner Center event and what its audit record says, to the change reported for a case:
// an acceptance is a reseller invitation's (Partner Center names only the customer, never an
// object), anything else a GDAP relationship's, which must be named by the record or ResourceUri.
// What an event asks for before anything is read (eventPlan). Pure: hosting reads the audit record
// and passes the report on.
import type { CaseChange, CaseKind } from './cases';
import { changeOf, EventChange, isAssignmentEvent, PartnerCenterEvent, relationshipOfResource } from './partnerCenterEvents';

/** What the audit record (or, without one, ResourceUri) says of the event's object and customer. */
export interface EventDetails {
  objectId?: string;
  customerTenantId?: string;
  customerName?: string;
}

/** A change reported for an object; no object id for an invitation accepted (the link names no customer). */
export interface ReportedChange {
  kind: CaseKind;
  objectId?: string;
  change: CaseChange;
  customer?: { tenantId: string; name: string; domain?: string };
  /** The partner tenant the event is for: the follow-up app's. */
  partnerTenantId?: string;
  /** When Partner Center says the change happened (event-to-message latency is measured from it). */
  changedAt: number;
}

/**
 * The report for an event's change, `changedAt` as the event gives it (ResourceChangeUtcDate).
 * 'noRelationship' when a GDAP change names no relationship: nothing to follow up.
 */
export function reportOf(change: CaseChange, details: EventDetails, changedAt: string): ReportedChange | 'noRelationship' {
  const kind: CaseKind = change === 'accepted' ? 'resellerAcceptance' : 'gdapApproval';
  const objectId = kind === 'gdapApproval' ? details.objectId : undefined;
  if (kind === 'gdapApproval' && !objectId) return 'noRelationship';
  return {
    kind,
    ...(objectId ? { objectId } : {}),
    change,
    ...(details.customerTenantId ? { customer: { tenantId: details.customerTenantId, name: details.customerName ?? '' } } : {}),
    changedAt: Date.parse(changedAt),
  };
}

/** The customer an acceptance is checked for among the partner's own: the record's customer, else its object. */
export const acceptingTenantOf = (details: EventDetails): string | undefined => details.customerTenantId ?? details.objectId;

/**
 * What a delivered event asks for, before anything is read: Partner Center's test (logged: delivery
 * works); an access assignment event, the relationship it names read at the poller's next round
 * (`followed`: the follow-ups take such events here), or logged when it names none or they are not
 * followed; a change of a followed object, reported once its audit record is read; else nothing.
 */
export type EventPlan =
  | { plan: 'test' }
  | { plan: 'readAccess'; relationshipId: string }
  | { plan: 'logOnly'; outcome: 'ignored' | 'unknown' }
  | { plan: 'report'; change: Exclude<EventChange, 'test'> }
  | { plan: 'ignore' };

export function eventPlan(event: Pick<PartnerCenterEvent, 'name' | 'resourceUri'>, accessFollowed: boolean): EventPlan {
  const change = changeOf(event.name);
  if (change === 'test') return { plan: 'test' };
  if (isAssignmentEvent(event.name)) {
    const relationshipId = relationshipOfResource(event.resourceUri);
    if (!relationshipId) return { plan: 'logOnly', outcome: 'unknown' };
    return accessFollowed ? { plan: 'readAccess', relationshipId } : { plan: 'logOnly', outcome: 'ignored' };
  }
  return change ? { plan: 'report', change } : { plan: 'ignore' };
}
