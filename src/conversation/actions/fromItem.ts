// A new action card started from an open case rather than from the conversation's result: the
// follow-up's Request GDAP (the reseller relationship accepted, the transfer complete) and Start
// again (a request that expired or ended) open the form with the customer already named; My cases'
// Cancel request and the reminder's Turn on auto-extend open the confirmation of that step for the
// case's transfer or relationship (its own card may be long forgotten, or in another conversation).
// Every later step is the card machine's (review, sign-in, confirm). Nothing is called: the card
// only asks, so it needs no sign-in until its button. Pure: the host keeps the card and sends it.
import { GDAP_DURATIONS, approvalLink, defaultRoleSet } from '../../domain/actions';
import type { LocaleTag } from '../../domain/locales';
import type { OutcomeRow } from '../../domain/outcomes';
import type { CustomerView } from './actionCards';
import type { ActionRecord, Owner } from './actionRecords';
import type { Stepped } from './machine';

/** What the new card starts from: the kind of card, the case's object, and the card the case came from (its result row). */
export type CardFromItem =
  /** A form, the customer's domain or tenant ID filled in. */
  | { kind: 'requestGdap' | 'startTransfer'; customer: string; fromCardId: string }
  /** Cancel the case's transfer request, as last read (`status`). */
  | { kind: 'cancelTransfer'; customer: CustomerView; transferId: string; status: string; fromCardId: string; row?: OutcomeRow }
  /** Turn on the case's relationship's automatic extension; `locale` the customer message's language. */
  | { kind: 'autoExtend'; customer: CustomerView; relationshipId: string; locale: LocaleTag; fromCardId: string }
  /** The case's approved relationship, as Graph reported it (active), where its own card is not kept (a case handed over): Assign access from there. */
  | { kind: 'relationship'; customer: CustomerView; relationshipId: string; locale: LocaleTag; fromCardId: string };

/**
 * Whether a follow-up acts on the item's own card here: only when this conversation keeps it for
 * the clicking user as its owner; else (forgotten, another's, no user) a new card from the item.
 */
export function ownCardHere(kept: ActionRecord | undefined, userId: string | undefined): boolean {
  return kept !== undefined && userId !== undefined && kept.owner.id === userId;
}

/** The row a card from a case carries when its first card is gone: any row that offers GDAP serves (the row only labels the record). */
export const FALLBACK_ROW: OutcomeRow = 'G1';

export function openFromItem(first: ActionRecord | undefined, from: CardFromItem, ctx: { user: Owner; now: number; newCardId: string }): Stepped {
  const row = first?.row ?? (from.kind === 'cancelTransfer' ? (from.row ?? FALLBACK_ROW) : FALLBACK_ROW);
  const common = { owner: ctx.user, row, at: ctx.now, ...(first?.partnerType ? { partnerType: first.partnerType } : {}) };
  const record = recordOf(from, common);
  const screen =
    from.kind === 'requestGdap' || from.kind === 'startTransfer'
      ? ({ card: 'form', inputs: { customer: from.customer } } as const)
      : ({ card: 'record' } as const);
  return {
    state: { cardId: ctx.newCardId, record },
    effects: [
      { do: 'send', screen },
      { do: 'reply', line: { say: 'steps.opened' } },
    ],
  };
}

function recordOf(from: CardFromItem, common: Pick<ActionRecord, 'owner' | 'row' | 'at' | 'partnerType'>): ActionRecord {
  switch (from.kind) {
    case 'requestGdap':
      return { ...common, kind: 'requestGdap', stage: 'form', choice: { roleSet: defaultRoleSet(undefined), duration: GDAP_DURATIONS[0], autoExtend: false } };
    case 'startTransfer':
      return { ...common, kind: 'startTransfer', stage: 'form' };
    case 'cancelTransfer':
      return { ...common, kind: 'startTransfer', stage: 'cancelReview', customer: from.customer, transferId: from.transferId, status: from.status };
    case 'autoExtend': {
      const { customer, relationshipId, locale } = from;
      return {
        ...common,
        kind: 'requestGdap',
        stage: 'extendReview',
        customer,
        relationshipId,
        approvalUrl: approvalLink(relationshipId),
        messageLocale: locale,
      };
    }
    case 'relationship': {
      const { customer, relationshipId, locale } = from;
      const approvalUrl = approvalLink(relationshipId);
      return { ...common, kind: 'requestGdap', stage: 'done', customer, relationshipId, approvalUrl, messageLocale: locale, status: 'active' };
    }
  }
}
