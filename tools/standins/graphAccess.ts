// The stand-in's share of Microsoft Graph after a customer's approval: the partner tenant's groups
// ("List groups": `$filter` on securityEnabled and startswith(displayName, …), `$top`), their
// members counted (`/members/$count`, only with ConsistencyLevel: eventual, as Graph requires for
// this advanced query), their owners, the signed-in partner's membership (`/me/checkMemberGroups`),
// and a relationship's access assignments ("Create", "List", "Get", "Delete" with If-Match: pending
// when made, active on the first read `activationMs` after it (the next read by default) unless
// held pending or failed with `hold`; 409 for a second
// one on the same group; a deleted one is `deleting` on the next read, then gone). The requests
// themselves are kept by the stand-in that routes them here.
import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

export interface StandinGroup {
  id: string;
  displayName: string;
  securityEnabled: boolean;
  mailEnabled: boolean;
  groupTypes: string[];
  /** Not Graph's group fields: what /members/$count, /owners and /me/checkMemberGroups answer. */
  memberCount: number;
  owners: string[];
  signerIsMember: boolean;
}

/** The partner tenant's groups: three security groups, and two no access assignment may use. */
export const SAMPLE_GROUPS: readonly StandinGroup[] = [
  { id: '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61', displayName: 'Helpdesk agents', ...security(6, ['Megan Bowen'], true) },
  { id: '7a2e3d4c-1b0f-4e9a-9c8b-2d3e4f5a6b72', displayName: 'Helpdesk leads', ...security(2, ['Megan Bowen', 'Nestor Wilke'], true) },
  { id: '8b3f4e5d-2c1a-4fab-8d9c-3e4f5a6b7c83', displayName: 'Azure engineers', ...security(3, ['Lee Gu'], false) },
  // A Microsoft 365 group (not security-enabled) and a security-enabled Microsoft 365 group: neither is a security group.
  {
    id: '9c4a5f6e-3d2b-4abc-9ead-4f5a6b7c8d94',
    displayName: 'Helpdesk news',
    securityEnabled: false,
    mailEnabled: true,
    groupTypes: ['Unified'],
    ...facts(40, [], true),
  },
  {
    id: 'ad5b6a7f-4e3c-4bcd-8fbe-5a6b7c8d9ea5',
    displayName: 'Helpdesk team site',
    securityEnabled: true,
    mailEnabled: true,
    groupTypes: ['Unified'],
    ...facts(12, [], true),
  },
  // A security group nobody is in yet, the signed-in partner neither: Assign access warns of it.
  { id: 'be6c7b8a-5f4d-4cde-9acf-6b7c8d9eafb6', displayName: 'Night shift', ...security(0, [], false) },
];

function facts(memberCount: number, owners: string[], signerIsMember: boolean): Pick<StandinGroup, 'memberCount' | 'owners' | 'signerIsMember'> {
  return { memberCount, owners, signerIsMember };
}
function security(memberCount: number, owners: string[], signerIsMember: boolean): Omit<StandinGroup, 'id' | 'displayName'> {
  return { securityEnabled: true, mailEnabled: false, groupTypes: [], ...facts(memberCount, owners, signerIsMember) };
}

/** Graph's fields of a group (not the stand-in's facts about it). */
const graphGroup = (g: StandinGroup): Json => ({
  id: g.id,
  displayName: g.displayName,
  securityEnabled: g.securityEnabled,
  mailEnabled: g.mailEnabled,
  groupTypes: g.groupTypes,
});

const NOT_FOUND: [number, Json] = [404, { error: { code: 'NotFound', message: 'Not found.' } }];

export class GraphAccessStandin {
  readonly groups: StandinGroup[] = [...SAMPLE_GROUPS];
  /** Access assignments per relationship id. */
  readonly assignments = new Map<string, Json[]>();
  /** Groups whose assignments Microsoft does not activate: they stay pending, or fail. */
  readonly held = new Map<string, 'pending' | 'error'>();
  /** How long a new assignment stays pending before a read finds it active (0: the next read; the demonstration waits longer). */
  activationMs = 0;
  /** The activation's clock (a test moves it). */
  clock: () => number = Date.now;
  private readonly madeAt = new Map<string, number>();

  /** Holds a group's assignments pending (as one with many roles may stay over a weekend) or fails them. */
  hold(groupId: string, status: 'pending' | 'error' | undefined): void {
    if (status) this.held.set(groupId, status);
    else this.held.delete(groupId);
  }

  /** GET /groups/{id}/members/$count: a number, only as an advanced query (ConsistencyLevel: eventual). */
  memberCount(groupId: string, consistency: string | undefined): [number, unknown] {
    const group = this.groups.find((g) => g.id === groupId);
    if (!group) return NOT_FOUND;
    if (consistency?.toLowerCase() !== 'eventual')
      return [400, { error: { code: 'Request_BadRequest', message: 'Count is not supported without ConsistencyLevel eventual.' } }];
    return [200, group.memberCount];
  }

  /** GET /groups/{id}/owners. */
  owners(groupId: string): [number, Json] {
    const group = this.groups.find((g) => g.id === groupId);
    if (!group) return NOT_FOUND;
    return [
      200,
      { value: group.owners.map((displayName, i) => ({ '@odata.type': '#microsoft.graph.user', id: `${groupId.slice(0, 30)}-owner-${i}`, displayName })) },
    ];
  }

  /** POST /me/checkMemberGroups: which of the given groups the signed-in partner is in. */
  checkMemberGroups(body: unknown): [number, Json] {
    const ids = (body as Json | undefined)?.groupIds;
    if (!Array.isArray(ids) || ids.length > 20) return [400, { error: { code: 'Request_BadRequest', message: 'groupIds: at most 20.' } }];
    return [200, { value: this.groups.filter((g) => ids.includes(g.id) && g.signerIsMember).map((g) => g.id) }];
  }

  /** GET or DELETE …/accessAssignments/{id}: DELETE needs the assignment's ETag in If-Match (412 when stale), and answers 204. */
  one(relationship: Json | undefined, assignmentId: string, method: string, ifMatch: string | undefined): [number, unknown] {
    const found = relationship ? (this.assignments.get(relationship.id as string) ?? []).find((a) => a.id === assignmentId) : undefined;
    if (!found || found.status === 'deleted') return NOT_FOUND;
    if (method === 'GET') return [200, { ...found }];
    if (method !== 'DELETE') return [405, { error: { code: 'MethodNotAllowed', message: 'Not allowed.' } }];
    if (!ifMatch) return [400, { error: { code: 'BadRequest', message: 'If-Match is required.' } }];
    if (ifMatch !== found['@odata.etag']) return [412, { error: { code: 'PreconditionFailed', message: 'The ETag does not match.' } }];
    Object.assign(found, { status: 'deleting', lastModifiedDateTime: new Date().toISOString(), '@odata.etag': etag() });
    return [204, undefined];
  }

  /** GET /groups, honouring the filter's securityEnabled and startswith(displayName, …) as Graph would, and $top. */
  listGroups(url: URL): [number, Json] {
    return this.groupsOf(url);
  }

  private groupsOf(url: URL): [number, Json] {
    const filter = url.searchParams.get('$filter') ?? '';
    const top = Math.min(Number(url.searchParams.get('$top') ?? '100') || 100, 999);
    const starts = /startswith\(displayName,\s*'((?:[^']|'')*)'\)/i.exec(filter)?.[1]?.replace(/''/g, "'");
    const securityOnly = /securityEnabled eq true/i.test(filter);
    const value = this.groups
      .filter((g) => (!securityOnly || g.securityEnabled) && (starts === undefined || g.displayName.toLowerCase().startsWith(starts.toLowerCase())))
      .slice(0, top)
      .map(graphGroup);
    return [200, { value }];
  }

  /** POST …/accessAssignments on a relationship (Graph requires it active). */
  create(relationship: Json | undefined, body: unknown): [number, Json] {
    if (!relationship) return NOT_FOUND;
    if (relationship.status !== 'active') return [400, { error: { code: 'BadRequest', message: 'The relationship is not active.' } }];
    const b = (body ?? {}) as Json;
    const container = (b.accessContainer ?? {}) as Json;
    if (container.accessContainerType !== 'securityGroup' || !this.groups.some((g) => g.id === container.accessContainerId && g.securityEnabled)) {
      return [400, { error: { code: 'BadRequest', message: 'The access container is not a security group of the partner tenant.' } }];
    }
    const list = this.assignments.get(relationship.id as string) ?? [];
    if (list.some((a) => (a.accessContainer as Json).accessContainerId === container.accessContainerId && a.status !== 'deleted')) {
      return [409, { error: { code: 'Conflict', message: 'An access assignment for this access container already exists.' } }];
    }
    const now = new Date().toISOString();
    const made: Json = {
      '@odata.type': '#microsoft.graph.delegatedAdminAccessAssignment',
      id: randomUUID(),
      '@odata.etag': etag(),
      status: 'pending',
      accessContainer: { accessContainerId: container.accessContainerId, accessContainerType: 'securityGroup' },
      accessDetails: b.accessDetails,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    list.push(made);
    this.madeAt.set(made.id as string, this.clock());
    this.assignments.set(relationship.id as string, list);
    // The answer is the assignment as made (pending); a read once activationMs has passed finds it active.
    return [201, { ...made }];
  }

  /**
   * GET …/accessAssignments: what was made, each pending one active once activationMs has passed
   * (Microsoft activates them a moment later, minutes at most usually) unless its group is held; one
   * being deleted shows `deleting` once, then is gone.
   */
  list(relationship: Json | undefined): [number, Json] {
    if (!relationship) return NOT_FOUND;
    const list = this.assignments.get(relationship.id as string) ?? [];
    const now = this.clock();
    for (const a of list) {
      const held = this.held.get((a.accessContainer as Json).accessContainerId as string);
      const due = now - (this.madeAt.get(a.id as string) ?? 0) >= this.activationMs;
      if (a.status === 'pending' && held !== 'pending' && (due || held === 'error')) Object.assign(a, { status: held ?? 'active', '@odata.etag': etag() });
    }
    const shown = list.filter((a) => a.status !== 'deleted').map((a) => ({ ...a }));
    for (const a of list) if (a.status === 'deleting') a.status = 'deleted';
    return [200, { value: shown }];
  }
}

const etag = (): string => `W/"${randomUUID()}"`;
