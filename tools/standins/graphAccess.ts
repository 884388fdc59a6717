// The stand-in's share of Microsoft Graph after a customer's approval: the partner tenant's groups
// ("List groups": `$filter` on securityEnabled and startswith(displayName, …), `$top`) and a
// relationship's access assignments ("Create accessAssignments", "List accessAssignments": pending
// when made, active on the next read; 409 for a second one on the same group). The requests
// themselves are kept by the stand-in that routes them here.
import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

export interface StandinGroup {
  id: string;
  displayName: string;
  securityEnabled: boolean;
  mailEnabled: boolean;
  groupTypes: string[];
}

/** The partner tenant's groups: three security groups, and two no access assignment may use. */
export const SAMPLE_GROUPS: readonly StandinGroup[] = [
  { id: '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61', displayName: 'Helpdesk agents', securityEnabled: true, mailEnabled: false, groupTypes: [] },
  { id: '7a2e3d4c-1b0f-4e9a-9c8b-2d3e4f5a6b72', displayName: 'Helpdesk leads', securityEnabled: true, mailEnabled: false, groupTypes: [] },
  { id: '8b3f4e5d-2c1a-4fab-8d9c-3e4f5a6b7c83', displayName: 'Azure engineers', securityEnabled: true, mailEnabled: false, groupTypes: [] },
  // A Microsoft 365 group (not security-enabled) and a security-enabled Microsoft 365 group: neither is a security group.
  { id: '9c4a5f6e-3d2b-4abc-9ead-4f5a6b7c8d94', displayName: 'Helpdesk news', securityEnabled: false, mailEnabled: true, groupTypes: ['Unified'] },
  { id: 'ad5b6a7f-4e3c-4bcd-8fbe-5a6b7c8d9ea5', displayName: 'Helpdesk team site', securityEnabled: true, mailEnabled: true, groupTypes: ['Unified'] },
];

const NOT_FOUND: [number, Json] = [404, { error: { code: 'NotFound', message: 'Not found.' } }];

export class GraphAccessStandin {
  readonly groups: StandinGroup[] = [...SAMPLE_GROUPS];
  /** Access assignments per relationship id. */
  readonly assignments = new Map<string, Json[]>();

  /** GET /groups, honouring the filter's securityEnabled and startswith(displayName, …) as Graph would, and $top. */
  listGroups(url: URL): [number, Json] {
    const filter = url.searchParams.get('$filter') ?? '';
    const top = Math.min(Number(url.searchParams.get('$top') ?? '100') || 100, 999);
    const starts = /startswith\(displayName,\s*'((?:[^']|'')*)'\)/i.exec(filter)?.[1]?.replace(/''/g, "'");
    const securityOnly = /securityEnabled eq true/i.test(filter);
    const value = this.groups
      .filter((g) => (!securityOnly || g.securityEnabled) && (starts === undefined || g.displayName.toLowerCase().startsWith(starts.toLowerCase())))
      .slice(0, top);
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
    if (list.some((a) => (a.accessContainer as Json).accessContainerId === container.accessContainerId)) {
      return [409, { error: { code: 'Conflict', message: 'An access assignment for this access container already exists.' } }];
    }
    const now = new Date().toISOString();
    const made: Json = {
      '@odata.type': '#microsoft.graph.delegatedAdminAccessAssignment',
      id: randomUUID(),
      status: 'pending',
      accessContainer: { accessContainerId: container.accessContainerId, accessContainerType: 'securityGroup' },
      accessDetails: b.accessDetails,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    list.push(made);
    this.assignments.set(relationship.id as string, list);
    // The answer is the assignment as made (pending); the next read finds it active.
    return [201, { ...made }];
  }

  /** GET …/accessAssignments: what was made, each pending one now active (Microsoft activates them a moment later). */
  list(relationship: Json | undefined): [number, Json] {
    if (!relationship) return NOT_FOUND;
    const list = this.assignments.get(relationship.id as string) ?? [];
    for (const a of list) if (a.status === 'pending') a.status = 'active';
    return [200, { value: list.map((a) => ({ ...a })) }];
  }
}
