// Each action the advisor starts leaves an open item: told of every action card kept (the actions'
// `kept` hook), it keeps one for a GDAP request sent, a transfer request created and an invitation
// link handed out, with the conversation reference to reach the owner later. What the partner
// already saw on the card (Check status found the relationship active, the transfer complete) is
// applied to the item without a message: nobody is told twice. One person has a bounded number of
// items open at once (an action that would make one more is refused before anything is called),
// and an item the store cannot take is said so to its owner, not only logged.
import { TurnContext } from 'botbuilder';
import { openItem, OpenItem } from '../../domain/cases';
import { applyAccess } from '../../domain/accessFollowUp';
import { autoExtendedOn } from '../../domain/relationshipHealth';
import type { ActionRecord } from '../../conversation/actions/actionRecords';
import {
  afterKept,
  DEFAULT_MAX_OPEN_PER_OWNER,
  MadeObject,
  namedLater,
  newItemOf,
  objectOf,
  openLimitReached,
  seenOnCard,
} from '../../conversation/followUps/openItemOf';
import { tenantOf } from '../../conversation/followUps/owners';
import type { Turn } from '../actions/actionTurn';
import type { Logger } from '../logging/logger';
import { catalogFor } from '../../domain/textCatalog';
import { CaseStore, NotFollowedError, ownerKeys } from './caseStore';
import { isShared, ownerOf } from './owners';
import { personOf, VerifiedViewer } from './teamIdentity';

export interface OpenItemsOptions {
  store: CaseStore;
  logger: Logger;
  /** The first poll of a new item comes this long after it was made. */
  pollMs: number;
  /** The deployment's partner tenant (the follow-up app's): the tenant of an item whose channel names none (Web Chat). */
  partnerTenantId?: string;
  /** Open items one owner may have at once (FOLLOW_UP_MAX_OPEN_PER_USER); DEFAULT_MAX_OPEN_PER_OWNER unless given. */
  maxOpenPerOwner?: number;
  /** Says a line to an item's owner in its conversation (the follow-ups' messenger): here, that it cannot be followed. */
  tell?: (item: OpenItem, text: string) => Promise<unknown>;
  /** The owner as the server verified them (teamIdentity.ts): their tenant's team view lists the item, and the directory notes them. */
  teamOf?: (context: TurnContext) => Promise<VerifiedViewer | undefined>;
  now?: () => number;
}

/** Whom a turn's item belongs to, and the keys it is listed under: the Entra identity only where the channel proves it (owners.ts). */
function ownerOfTurn(turn: Turn): { owner: OpenItem['owner']; keys: string[] } {
  const owner = { ...turn.user, ...ownerOf(turn.context, turn.user.id) };
  return { owner, keys: ownerKeys(owner, turn.context.activity.channelId ?? '') };
}

export class OpenItems {
  private readonly now: () => number;
  private readonly maxOpen: number;
  /** Writes under way (the hook is told synchronously): shutdown and tests wait for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: OpenItemsOptions) {
    this.now = options.now ?? Date.now;
    this.maxOpen = options.maxOpenPerOwner ?? DEFAULT_MAX_OPEN_PER_OWNER;
  }

  /** The actions' `openItemsFull`: the bound when the turn's user has that many items open (their next action is refused), else undefined. */
  readonly full = async (turn: Turn): Promise<number | undefined> => {
    return openLimitReached(await this.options.store.openCount(ownerOfTurn(turn).keys), this.maxOpen);
  };

  /** The actions' `kept` hook. */
  readonly kept = (turn: Turn, cardId: string, record: ActionRecord): void => {
    const made = objectOf(record, cardId, this.now());
    if (!made) return;
    const work = this.keep(turn, cardId, made).catch((error: unknown) =>
      this.options.logger.warn({ err: error, kind: made.kind }, 'An open item could not be kept: its follow-ups will not come'),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  };

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async keep(turn: Turn, cardId: string, made: MadeObject): Promise<void> {
    const { context } = turn;
    const { owner, keys } = ownerOfTurn(turn);
    const verified = await this.options.teamOf?.(context).catch(() => undefined);
    const fields = newItemOf(made, {
      owner,
      ...(verified ? { verified } : {}),
      chatTenant: tenantOf(context.activity),
      ...(this.options.partnerTenantId ? { deploymentTenant: this.options.partnerTenantId } : {}),
      locale: turn.locale,
      cardId,
      conversation: TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>,
      shared: isShared(context),
    });
    const now = this.now();
    const { store, pollMs } = this.options;
    const item = openItem(fields, now, pollMs);
    let added: boolean;
    try {
      added = await store.add(item, keys);
    } catch (error) {
      if (!(error instanceof NotFollowedError)) throw error;
      this.options.logger.warn({ kind: made.kind, reason: error.reason }, 'An open item could not be kept: its owner is told it will not be followed');
      await this.options.tell?.(item, catalogFor(item.locale).followUps.notFollowed);
      return;
    }
    // Its owner, in their own chat, is someone a colleague can hand a case to (teamCases.ts).
    const person = verified ? personOf(context, verified, turn.locale, now) : undefined;
    if (verified && person) await store.team.remember(verified.tenantId, person);
    for (const step of afterKept(made, added)) {
      if (step === 'seen') await store.update(item.id, (kept) => seenOnCard(kept, made.seen!, now));
      if (step === 'access') await store.update(item.id, (kept) => applyAccess(kept, made.access!, now, pollMs, true)?.item);
      if (step === 'autoExtended') await store.update(item.id, autoExtendedOn);
      if (step === 'named') {
        const updated = await store.update(item.id, (kept) => namedLater(kept, made.customer, now, pollMs));
        if (updated) await store.indexInvitation(updated.after);
      }
    }
  }
}
