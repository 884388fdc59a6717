// Each action the advisor starts leaves an open item: told of every action card kept (the actions'
// `kept` hook), it keeps one for a GDAP request sent, a transfer request created and an invitation
// link handed out, with the conversation reference to reach the owner later. What the partner
// already saw on the card (Check status found the relationship active, the transfer complete) is
// applied to the item without a message: nobody is told twice.
import { TurnContext } from 'botbuilder';
import { applyChange, CaseChange, CaseKind, CaseCustomer, FollowUp, NewItem, openItem, OpenItem } from '../../domain/cases';
import type { ActionRecord } from '../../conversation/actionRecords';
import type { Turn } from '../actions/actionTurn';
import type { Logger } from '../logging/logger';
import { CaseStore, ownerKeys } from './caseStore';
import { ownerOf } from './owners';

export interface OpenItemsOptions {
  store: CaseStore;
  logger: Logger;
  /** The first poll of a new item comes this long after it was made. */
  pollMs: number;
  now?: () => number;
}

/** The object an action card made, and what it waits for; none for a card that made nothing (yet). */
export function objectOf(record: ActionRecord, cardId: string): { kind: CaseKind; objectId: string; customer: CaseCustomer; seen?: CaseChange } | undefined {
  if (record.stage === 'done' && record.kind === 'requestGdap') {
    const seen = record.status?.toLowerCase() === 'active' ? { seen: 'approved' as const } : {};
    return { kind: 'gdapApproval', objectId: record.relationshipId, customer: customerOf(record.customer), ...seen };
  }
  if (record.stage === 'done' && record.kind === 'startTransfer') {
    const status = record.status.toLowerCase();
    const seen = status === 'complete' || status === 'completed' ? { seen: 'completed' as const } : status === 'expired' ? { seen: 'expired' as const } : {};
    return { kind: 'transfer', objectId: record.transferId, customer: customerOf(record.customer), ...seen };
  }
  // The invitation link is the partner's, not one customer's: the item waits for whichever customer accepts.
  if (record.stage === 'done' && record.kind === 'invitationLink')
    return { kind: 'resellerAcceptance', objectId: cardId, customer: { tenantId: '', name: '' } };
  return undefined;
}

const customerOf = (c: { tenantId: string; companyName: string; domain: string }): CaseCustomer => ({
  tenantId: c.tenantId,
  name: c.companyName,
  ...(c.domain ? { domain: c.domain } : {}),
});

/** A shared chat (group chat, channel): a follow-up there mentions its owner. */
export function isShared(context: TurnContext): boolean {
  const c = context.activity.conversation;
  return c?.isGroup === true || c?.conversationType === 'groupChat' || c?.conversationType === 'channel';
}

export class OpenItems {
  private readonly now: () => number;
  /** Writes under way (the hook is told synchronously): shutdown and tests wait for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: OpenItemsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The actions' `kept` hook. */
  readonly kept = (turn: Turn, cardId: string, record: ActionRecord): void => {
    const made = objectOf(record, cardId);
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

  private async keep(turn: Turn, cardId: string, made: NonNullable<ReturnType<typeof objectOf>>): Promise<void> {
    const { context } = turn;
    const activity = context.activity;
    // The Entra identity only where the channel proves it (owners.ts): never from what a client wrote.
    const owner = { ...turn.user, ...ownerOf(context, turn.user.id) };
    // Teams names the tenant the chat is in: the partner's own.
    const tenant = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
    const fields: NewItem = {
      kind: made.kind,
      objectId: made.objectId,
      ...(typeof tenant === 'string' && tenant !== '' ? { partnerTenantId: tenant } : {}),
      customer: made.customer,
      owner,
      locale: turn.locale,
      cardId,
      conversation: TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>,
      shared: isShared(context),
    };
    const now = this.now();
    await this.options.store.add(openItem(fields, now, this.options.pollMs), ownerKeys(owner, activity.channelId ?? ''));
    if (made.seen) await this.seen(openItem(fields, now, this.options.pollMs).id, made.seen, now);
  }

  /** A change the partner saw on the card: applied, its message counted as sent. */
  private async seen(id: string, change: CaseChange, now: number): Promise<void> {
    await this.options.store.update(id, (item: OpenItem) => {
      const applied = applyChange(item, change, now);
      if (!applied.followUp) return undefined;
      return { ...applied.item, sent: [...applied.item.sent, applied.followUp as FollowUp] };
    });
  }
}
