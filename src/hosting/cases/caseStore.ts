// The open items, kept in the bot's state store (Blob in Azure, memory locally) beside the
// conversations, under keys of their own:
//   cases/item/<hash of id>     one item (src/domain/cases.ts), eTag-checked
//   cases/owner/<hash of key>   an owner's item ids, newest first (My cases), bounded
//   cases/shard/<n>             every live item's id with when it is next polled and next due, split
//                               in shards so 10,000 items are 32 small documents, not one large one
//   cases/lease/<name>          who runs the poller now (one instance at a time)
//   cases/invite/<hash of partner tenant and customer>  the invitations naming that customer (domain/invitations.ts)
//   cases/team/…, cases/people/…  a partner tenant's items and verified people, for the team view (teamIndex.ts)
// Every write is conditional (the eTag read, or create-only) and retried on a conflict with what is
// stored then, so two instances sharing the store never lose each other's changes, and a change
// applied by one is seen by the other before it sends anything.
// What each document holds, the bounds, the lease and the schedule's rules are pure
// (domain/caseIndexes.ts), and so are the keys (conversation/followUps/caseKeys.ts); here the
// reads and the conditional writes.
import { isOpen, OpenItem } from '../../domain/cases';
import {
  DEFAULT_SHARDS,
  dueToForget,
  idsListed,
  INVITES_PER_CUSTOMER,
  listedItems,
  leaseFor,
  OWNER_LIMIT,
  RELEASED,
  Scheduled,
  scheduleList,
  scheduleMoved,
  scheduleOf,
  SHARD_LIMIT,
  storedItem,
  unscheduled,
  withNewest,
  withoutIds,
  withScheduled,
} from '../../domain/caseIndexes';
import type { ConditionalStorage } from '../state/stateStorage';
import { customerKeys } from '../../domain/invitations';
import { TeamIndex } from './teamIndex';
import { inviteKey, itemKey, leaseKey, ownerListKey, scheduleKey, scheduleShardOf } from '../../conversation/followUps/caseKeys';

export type { Scheduled } from '../../domain/caseIndexes';
export { MAX_LEASE_MS, SHARD_LIMIT, scheduleOf } from '../../domain/caseIndexes';
export { entraKey, legacyEntraKey, ownerKeys } from '../../conversation/followUps/owners';

export interface CaseStoreOptions {
  storage: ConditionalStorage;
  shards?: number;
  /** Item ids an owner's list keeps (the newest). */
  ownerLimit?: number;
  /** Live items one shard keeps at most: beyond, a new item is refused (NotFollowedError), never another one dropped. */
  shardLimit?: number;
}

const ATTEMPTS = 8;

/**
 * A new item the store could not take into the schedule (its shard full, or the store refused the
 * write): nothing of it is kept, so nothing is listed that is never followed; its owner is told.
 */
export class NotFollowedError extends Error {
  constructor(readonly reason: 'shardFull' | 'storeRefused') {
    super(reason === 'shardFull' ? 'The schedule shard of a new open item is full' : 'The state store refused to keep a new open item');
    this.name = 'NotFollowedError';
  }
}

export class CaseStore {
  private readonly storage: ConditionalStorage;
  readonly shards: number;
  private readonly ownerLimit: number;
  private readonly shardLimit: number;
  /** A partner tenant's items and people (the team view), kept in step with every write here. */
  readonly team: TeamIndex;

  constructor(options: CaseStoreOptions) {
    this.shardLimit = options.shardLimit ?? SHARD_LIMIT;
    this.storage = options.storage;
    this.shards = options.shards ?? DEFAULT_SHARDS;
    this.ownerLimit = options.ownerLimit ?? OWNER_LIMIT;
    this.team = new TeamIndex(this.storage, (id) => this.shardOf(id), this.shards);
  }

  static itemKey = itemKey;
  private shardOf = (id: string): number => scheduleShardOf(id, this.shards);

  async get(id: string): Promise<OpenItem | undefined> {
    const stored = await this.storage.readItem(CaseStore.itemKey(id));
    return stored ? storedItem(stored.state) : undefined;
  }

  /**
   * Keeps a new item (an action made its object) and lists it for the poller and its owner. An item
   * already kept stays as it is. Scheduled before it is listed: one the schedule cannot take is
   * removed again and NotFollowedError thrown, so no item is listed that nothing follows.
   */
  async add(item: OpenItem, owners: string[]): Promise<boolean> {
    const written = await this.storage.write(CaseStore.itemKey(item.id), JSON.stringify(item), { createOnly: true }).catch((error: unknown) => {
      throw refused(error);
    });
    if ('conflict' in written) return false;
    try {
      await this.schedule(item, true);
    } catch (error) {
      await this.storage.delete([CaseStore.itemKey(item.id)]);
      throw refused(error);
    }
    await this.listUnder(item.id, owners);
    await this.indexInvitation(item);
    await this.team.record(undefined, item);
    return true;
  }

  /** Lists an item under its owner's keys (newest first, bounded). */
  private async listUnder(id: string, owners: readonly string[]): Promise<void> {
    for (const key of owners) {
      await this.edit(ownerListKey(key), (doc) => ({ ids: withNewest(doc.ids, id, this.ownerLimit) }));
    }
  }

  /** An item handed over: listed under its new owner's keys, and no longer under the old one's. */
  async moveOwner(id: string, from: readonly string[], to: readonly string[]): Promise<void> {
    for (const key of from.filter((k) => !to.includes(k))) await this.edit(ownerListKey(key), (doc) => ({ ids: withoutIds(doc.ids, [id]) }));
    await this.listUnder(id, to);
  }

  /** How many of an owner's listed items are still open (the per-owner bound: openItems.ts). */
  async openCount(owners: string[]): Promise<number> {
    return (await this.listFor(owners)).filter(isOpen).length;
  }

  /** Lists an invitation under the customer it names, within its partner tenant; one naming no customer is listed nowhere. */
  async indexInvitation(item: OpenItem): Promise<void> {
    if (item.kind !== 'resellerAcceptance') return;
    for (const key of customerKeys(item.customer)) {
      await this.edit(inviteKey(item.partnerTenantId, key), (doc) => ({ ids: withNewest(doc.ids, item.id, INVITES_PER_CUSTOMER) }));
    }
  }

  /** The ids of the invitations of that partner tenant naming the customer (by any of its keys): one read each, no scan. */
  async invitationsFor(partnerTenantId: string | undefined, customer: OpenItem['customer']): Promise<string[]> {
    const keys = customerKeys(customer).map((key) => inviteKey(partnerTenantId, key));
    if (keys.length === 0) return [];
    return idsListed(await this.storage.read(keys));
  }

  /**
   * Changes an item by `change` on what is stored now (retried on conflict): `change` returns the
   * item to write, or undefined to leave it. The answer says what was stored before and after; a
   * change that found nothing to do (or no item) answers undefined. Only the instance whose write
   * went through sees `after`: what it earned (a message) is its alone to send.
   */
  async update(id: string, change: (item: OpenItem) => OpenItem | undefined): Promise<{ before: OpenItem; after: OpenItem } | undefined> {
    const key = CaseStore.itemKey(id);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await this.storage.readItem(key);
      const before = stored ? storedItem(stored.state) : undefined;
      if (!stored || !before) return undefined;
      const after = change(before);
      if (!after) return undefined;
      const written = await this.storage.write(key, JSON.stringify(after), { ifMatch: stored.eTag });
      if ('conflict' in written) continue;
      if (scheduleMoved(before, after)) await this.schedule(after);
      await this.team.record(before, after);
      return { before, after };
    }
    throw new Error(`An open item kept changing under ${ATTEMPTS} attempts to update it`);
  }

  /** An owner's items, newest first (those forgotten since are left out). */
  async listFor(owners: string[]): Promise<OpenItem[]> {
    const ids = idsListed(await this.storage.read(owners.map(ownerListKey)));
    if (ids.length === 0) return [];
    const found = await this.storage.read(ids.map(CaseStore.itemKey));
    return listedItems(ids, (id) => found[CaseStore.itemKey(id)]);
  }

  /** Every live item's schedule in one shard (the poller and the reminder loop walk them all). */
  async scheduled(shard: number): Promise<Scheduled[]> {
    const stored = await this.storage.readItem(scheduleKey(shard));
    return stored ? scheduleList(stored.state.items) : [];
  }

  /** Forgets an item and its place in the schedule (its owner's list drops it when next read). */
  async forget(id: string): Promise<void> {
    const item = await this.get(id);
    await this.storage.delete([CaseStore.itemKey(id)]);
    if (item) await this.team.remove([item]);
    await this.edit(scheduleKey(this.shardOf(id)), (doc) => ({ items: unscheduled(doc.items, [id]) }));
  }

  /**
   * A lease: true when `holder` holds `name` for the next `ttlMs` (taken, or renewed), false when
   * another holder's lease is still running. Conditional writes make two takers at once one winner.
   */
  async lease(name: string, holder: string, ttlMs: number, now: number): Promise<boolean> {
    const key = leaseKey(name);
    const stored = await this.storage.readItem(key);
    const lease = leaseFor(stored?.state, holder, ttlMs, now);
    if (lease === 'held') return false;
    const json = JSON.stringify(lease);
    const written = await this.storage.write(key, json, stored ? { ifMatch: stored.eTag } : { createOnly: true });
    return !('conflict' in written);
  }

  /** Gives a lease up (on shutdown), if `holder` still holds it: another instance takes it at its next round, not after the lease runs out. */
  async release(name: string, holder: string): Promise<void> {
    const key = leaseKey(name);
    const stored = await this.storage.readItem(key);
    if (stored?.state.holder !== holder) return;
    await this.storage.write(key, JSON.stringify(RELEASED), { ifMatch: stored.eTag });
  }

  /** Forgets every item whose time has come (closed a while ago, or long past its deadline): the store stays bounded in time. */
  async sweep(now: number): Promise<number> {
    let forgotten = 0;
    for (let shard = 0; shard < this.shards; shard++) {
      const gone = dueToForget(await this.scheduled(shard), now);
      if (gone.length === 0) continue;
      // Read before they go: their tenants' team pages drop them too.
      const read = await this.storage.read(gone.map(CaseStore.itemKey));
      const items = gone.map((id) => storedItem(read[CaseStore.itemKey(id)])).filter((i): i is OpenItem => i !== undefined);
      await this.storage.delete(gone.map(CaseStore.itemKey));
      await this.team.remove(items);
      await this.edit(scheduleKey(shard), (doc) => ({ items: unscheduled(doc.items, gone) }));
      forgotten += gone.length;
    }
    return forgotten;
  }

  /** Puts the item in its shard, or moves it there; a new one (`adding`) into a full shard is refused: no other item is dropped for it. */
  private async schedule(item: OpenItem, adding = false): Promise<void> {
    await this.edit(scheduleKey(this.shardOf(item.id)), (doc) => {
      const items = withScheduled(doc.items, scheduleOf(item), adding, this.shardLimit);
      if (items === 'full') throw new NotFollowedError('shardFull');
      return { items };
    });
  }

  /** Read, change, write over what was read; again on a conflict. */
  private async edit(key: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await this.storage.readItem(key);
      const json = JSON.stringify(change(stored?.state ?? {}));
      const written = await this.storage.write(key, json, stored ? { ifMatch: stored.eTag } : { createOnly: true });
      if (!('conflict' in written)) return;
    }
    throw new Error(`An open items list kept changing under ${ATTEMPTS} attempts to update it`);
  }
}

/** Any failure to keep a new item, as the one error its owner is told of. */
const refused = (error: unknown): NotFollowedError => (error instanceof NotFollowedError ? error : new NotFollowedError('storeRefused'));
