// The team view's two indexes in the state store (domain/teamCases.ts says what they hold and why):
//   cases/team/<hash of tenant>/<n>    the tenant's items, one entry each (id, start, open, where),
//                                      split as the schedule is (32 pages of at most 500), kept in
//                                      step by the case store on every write that changes an entry
//   cases/people/<hash of tenant>/<n>  the people verified in the tenant, with their own chat (4 of 100)
// Every write is conditional and retried on a conflict, as the case store's are. Nothing here
// decides who may see or change what: the team view's machine does (conversation/team).
import type { OpenItem } from '../../domain/cases';
import { PEOPLE_SHARDS, Person, TeamEntry, personChanged, readEntries, sameEntry, withEntry, withPerson, withoutIds } from '../../domain/teamCases';
import type { ConditionalStorage } from '../state/stateStorage';
import { peopleIn, personRef, rememberedPerson, teamEntryOf } from '../../conversation/team/people';
import { peopleKey, peopleShardOf, teamPageKey } from '../../conversation/followUps/caseKeys';

const ATTEMPTS = 8;

export class TeamIndex {
  constructor(
    private readonly storage: ConditionalStorage,
    private readonly shardOf: (id: string) => number,
    private readonly shards: number,
  ) {}

  /** Keeps the index in step with an item's write (its tenant does not change: only hand-overs move it, within the tenant). */
  async record(before: OpenItem | undefined, after: OpenItem): Promise<void> {
    const entry = teamEntryOf(after);
    if (!entry || sameEntry(before ? teamEntryOf(before) : undefined, entry)) return;
    await this.edit(teamPageKey(after.teamTenantId!, this.shardOf(after.id)), (doc) => ({ entries: withEntry(readEntries(doc.entries), entry) }));
  }

  /** Drops forgotten items (the sweep) from their tenants' pages. */
  async remove(items: readonly OpenItem[]): Promise<void> {
    for (const item of items) {
      if (!item.teamTenantId) continue;
      await this.edit(teamPageKey(item.teamTenantId, this.shardOf(item.id)), (doc) => ({ entries: withoutIds(readEntries(doc.entries), [item.id]) }));
    }
  }

  /** Drops entries whose item is no longer kept (found while showing a page). */
  async prune(tenantId: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.edit(teamPageKey(tenantId, this.shardOf(id)), (doc) => ({ entries: withoutIds(readEntries(doc.entries), [id]) }));
  }

  /** Every entry of a tenant: one read of its pages. */
  async entries(tenantId: string): Promise<TeamEntry[]> {
    const keys = Array.from({ length: this.shards }, (_, n) => teamPageKey(tenantId, n));
    const docs = await this.storage.read(keys);
    return Object.values(docs).flatMap((d) => readEntries((d as Record<string, unknown>).entries));
  }

  /** The people verified in a tenant, the most recently seen first. */
  async people(tenantId: string): Promise<Person[]> {
    const docs = await this.storage.read(Array.from({ length: PEOPLE_SHARDS }, (_, n) => peopleKey(tenantId, n)));
    return peopleIn(Object.values(docs).map((d) => (d as Record<string, unknown>).people));
  }

  /** Notes a verified person and their own chat; written only when something changed or a day went by. */
  async remember(tenantId: string, person: Omit<Person, 'ref'>): Promise<void> {
    const seen: Person = { ...person, ref: personRef(person.key) };
    const key = peopleKey(tenantId, peopleShardOf(person.key));
    const stored = await this.storage.readItem(key);
    if (!personChanged(rememberedPerson(stored?.state.people, seen.key), seen)) return;
    await this.edit(key, (doc) => ({ people: withPerson(peopleIn([doc.people]), seen) }));
  }

  private async edit(key: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await this.storage.readItem(key);
      const written = await this.storage.write(key, JSON.stringify(change(stored?.state ?? {})), stored ? { ifMatch: stored.eTag } : { createOnly: true });
      if (!('conflict' in written)) return;
    }
    throw new Error(`A team index kept changing under ${ATTEMPTS} attempts to update it`);
  }
}
