// What a click on a follow-up's button does. The click names only the open item and the step; the
// decision rests on the stored item and who clicked: someone else's click changes nothing, a click
// on an item gone since says so, Assign access only on an approved GDAP item, a new request from
// the item's customer. Pure: hosting reads the item, carries out the answer and sends the line.
import type { OpenItem } from '../../domain/cases';
import { Catalog, format } from '../../domain/textCatalog';
import { PARTNER_ACTION } from '../actions/actionClicks';
import type { FollowUpClick } from './followUpCards';
import type { CustomerView } from '../actions/actionCards';

import type { CardFromItem } from '../actions/fromItem';

export type { CardFromItem } from '../actions/fromItem';

/**
 * What to do: say a line; snooze or quieten the item's reminders (then say reminderLine's answer);
 * hand the GDAP card's own Assign access step to the actions; or open a new action card.
 */
export type ClickDecision =
  | { line: string }
  | { reminders: 'snooze' | 'quieten' }
  | { assign: { action: string; kind: 'requestGdap'; step: 'assign'; card: string } }
  | { open: CardFromItem };

export interface ClickFacts {
  /** Who clicked (the channel's user id). */
  from: string | undefined;
  /** Whether the actions can take Assign access, and open a card from an item, in this deployment. */
  canAssign: boolean;
  canOpen: boolean;
  /** A click Teams sent again after it took effect. */
  replayed: boolean;
  /** Whether this conversation keeps the item's action card for the clicker (not after a hand-over, nor once it was forgotten). */
  cardHere?: boolean;
}

export function decideFollowUpClick(click: FollowUpClick | undefined, item: OpenItem | undefined, facts: ClickFacts, c: Catalog): ClickDecision {
  const gone = { line: c.followUps.answers.gone };
  if (!click || !item) return gone;
  if (facts.from !== item.owner.id)
    return { line: item.owner.name ? format(c.followUps.answers.notYours, { name: item.owner.name }) : c.followUps.answers.notYoursUnnamed };
  switch (click.step) {
    case 'remindAgain':
      return { reminders: 'snooze' };
    case 'stopReminding':
      return { reminders: 'quieten' };
    case 'assign':
      if (item.kind !== 'gdapApproval' || item.status !== 'approved' || !facts.canAssign) return gone;
      // Where the item's card is not kept (a case handed over, a card long forgotten): the relationship's card, from the item.
      if (facts.cardHere === false) {
        if (facts.replayed) return { line: c.actions.steps.opened };
        if (!facts.canOpen) return gone;
        return { open: { kind: 'relationship', customer: customerView(item), relationshipId: item.objectId, locale: item.locale, fromCardId: item.cardId } };
      }
      // The GDAP card's own step, on the card this item came from: the actions check its owner again.
      return { assign: { action: PARTNER_ACTION, kind: 'requestGdap', step: 'assign', card: item.cardId } };
    case 'autoExtend':
      // Before the relationship's end: its automatic extension, on a card of its own (the relationship's first card is long gone).
      if (item.kind !== 'gdapApproval' || item.status !== 'approved' || !facts.canOpen) return gone;
      if (facts.replayed) return { line: c.actions.steps.opened };
      return { open: { kind: 'autoExtend', customer: customerView(item), relationshipId: item.objectId, locale: item.locale, fromCardId: item.cardId } };
    case 'requestGdap':
    case 'startAgain': {
      // A retried invoke already opened its card.
      if (facts.replayed) return { line: c.actions.steps.opened };
      if (!facts.canOpen) return gone;
      const kind = click.step === 'startAgain' && item.kind === 'transfer' ? 'startTransfer' : 'requestGdap';
      return { open: { kind, customer: item.customer.domain || item.customer.tenantId, fromCardId: item.cardId } };
    }
  }
}

/** The case's customer as an action card names it. */
export const customerView = (item: Pick<OpenItem, 'customer'>): CustomerView => ({
  companyName: item.customer.name,
  tenantId: item.customer.tenantId,
  domain: item.customer.domain ?? '',
});

/** The line after a reminder step: done, or nothing left to remind of. */
export function reminderLine(step: 'snooze' | 'quieten', changed: boolean, c: Catalog): string {
  if (!changed) return c.followUps.answers.nothingToRemind;
  return step === 'snooze' ? c.followUps.answers.remindAgain : c.followUps.answers.stopped;
}
