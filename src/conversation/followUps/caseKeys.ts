// Where the open items' documents are kept in the bot's state store, beside the conversations:
// the key of each document and which shard an id falls in. A key is a digest of what it names
// (ids and tenants are user-controlled text; a digest is fixed in length and in alphabet), and a
// tenant is named in lower case, as Entra's ids compare. These keys name data already stored: a
// change here orphans it, which the table test pins. What each document holds: domain/caseIndexes.ts
// and domain/teamCases.ts; the reads and conditional writes: hosting/cases.
import { createHash } from 'crypto';
import { PEOPLE_SHARDS } from '../../domain/teamCases';

/** The digest keys use: SHA-256, 40 hex digits (160 bits). */
const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 40);

/** The shard of `text` among `shards`: its digest's first 32 bits, so ids spread evenly and always alike. */
const shardOfText = (text: string, shards: number): number => parseInt(digest(text).slice(0, 8), 16) % shards;

/** One item. */
export const itemKey = (id: string): string => `cases/item/${digest(id)}`;
/** An owner's list of item ids, under one of their keys (owners.ts). */
export const ownerListKey = (ownerKey: string): string => `cases/owner/${digest(ownerKey)}`;
/** The schedule shard an item falls in. */
export const scheduleShardOf = (id: string, shards: number): number => shardOfText(id, shards);
export const scheduleKey = (shard: number): string => `cases/shard/${shard}`;
/** Who runs a loop (the poller, the reminders, the events inbox) now. */
export const leaseKey = (name: string): string => `cases/lease/${name}`;
/** The events inbox's shards (domain/eventInboxPolicy.ts's inboxShardOf): events received and not yet delivered, and the ids delivered. */
export const inboxKey = (shard: number): string => `cases/inbox/${shard}`;
export const seenKey = (shard: number): string => `cases/seen/${shard}`;

/** The invitations naming a customer (by one of its keys), within a partner tenant; none: a channel that names no tenant. */
export const inviteKey = (partnerTenantId: string | undefined, customerKey: string): string =>
  `cases/invite/${digest(`${(partnerTenantId ?? '').toLowerCase()}|${customerKey}`)}`;

/** A page of a tenant's team view (split as the schedule is: the same shard as the item's). */
export const teamPageKey = (tenantId: string, shard: number): string => `cases/team/${digest(`team|${tenantId.toLowerCase()}`)}/${shard}`;

/** The people verified in a tenant: the page a person falls in, and its key. */
export const peopleShardOf = (personKey: string): number => shardOfText(personKey, PEOPLE_SHARDS);
export const peopleKey = (tenantId: string, shard: number): string => `cases/people/${digest(`people|${tenantId.toLowerCase()}`)}/${shard}`;
